import { describe, expect, it } from 'vitest'
import { findIntegration } from '../../../src/shared/mechanisms/integrationMatrix'
import { SERVICE_IDS, serviceName } from '../../../src/shared/catalog/services'
import { configFields } from '../../../src/shared/estimation/configFields'
import { SERVICE_CONFIG } from '../../../src/shared/estimation/serviceConfig'
import {
  carriesTraffic,
  originatesTraffic,
  TRAFFIC_SOURCE_NOTES,
  whereTrafficComesFrom
} from '../../../src/shared/estimation/trafficSources'
import { diagram, edge, node } from '../helpers'
import { estimate, nodeEstimate } from './estimateHelpers'

describe('where a service’s traffic comes from', () => {
  it('names the catalog source to add, with how it sends', () => {
    expect(whereTrafficComesFrom('iot-core')).toBe(
      'AWS IoT Core receives what its sources send (MQTT or HTTPS publish, MQTT publish): add a Producer application or IoT devices (MQTT) source, or connect it after Amazon API Gateway or AWS Lambda.'
    )
    expect(whereTrafficComesFrom('kinesis-firehose')).toMatch(
      /^Data Firehose receives what its sources send \(Direct PUT, subscription filter\): add a Producer application, Kinesis Agent or CloudWatch Logs & Events source, or connect it after /
    )
    expect(whereTrafficComesFrom('dynamodb-streams')).toBe(
      'DynamoDB Streams receives what the services before it send: connect it after Amazon DynamoDB.'
    )
  })

  it('has a message for every service that only passes data on, and none for sources or query engines', () => {
    for (const id of SERVICE_IDS) {
      if (originatesTraffic(id) || !carriesTraffic(id))
        expect(TRAFFIC_SOURCE_NOTES.has(id), id).toBe(false)
      else
        expect(TRAFFIC_SOURCE_NOTES.get(id), id).toMatch(
          new RegExp(`^${serviceName(id).replace(/[()/]/g, '\\$&')} receives what`)
        )
    }
    expect(TRAFFIC_SOURCE_NOTES.has('producer-app')).toBe(false)
    expect(TRAFFIC_SOURCE_NOTES.has('athena')).toBe(false)
  })

  it('names only documented, current feeders', () => {
    // Snowball Edge is retired: S3's message suggests DataSync, not Snowball.
    expect(whereTrafficComesFrom('s3')).toContain('AWS DataSync')
    expect(whereTrafficComesFrom('s3')).not.toContain('Snowball')
    expect(findIntegration('iot-devices', 'iot-core')).toBeDefined()
  })

  it('covers every service whose inspector has no settings', () => {
    for (const id of SERVICE_IDS) {
      if (configFields(SERVICE_CONFIG[id]).length === 0)
        expect(TRAFFIC_SOURCE_NOTES.get(id), id).toBeDefined()
    }
  })

  it('opens the explanations of a service with nothing feeding it', () => {
    const alone = nodeEstimate(estimate(diagram([node('iot', 'iot-core')])), 'iot')
    expect(alone.explanations[0]).toBe(whereTrafficComesFrom('iot-core'))
    const fed = diagram([node('d', 'iot-devices'), node('iot', 'iot-core')], [edge('d', 'iot')])
    expect(nodeEstimate(estimate(fed), 'iot').explanations).not.toContain(
      whereTrafficComesFrom('iot-core')
    )
  })
})
