import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  CATEGORIES,
  getService,
  isServiceId,
  SERVICE_IDS,
  SERVICES,
  serviceName
} from '../../../src/shared/catalog/services'
import { REPO_DIR } from '../helpers'

/**
 * The ids and groups as issue 2 lists them, plus the nine services issue 11 adds (api-gateway,
 * eventbridge, eventbridge-pipes, mwaa, opensearch-ingestion, s3-tables, snowflake, http-endpoint,
 * lake-formation); the file format and CLI depend on them.
 */
const EXPECTED_BY_CATEGORY: Record<string, string[]> = {
  sources: [
    'producer-app',
    'kinesis-agent',
    'iot-devices',
    'iot-core',
    'cloudwatch-logs',
    'snowball',
    'datasync',
    'dms',
    'on-prem-database',
    'api-gateway'
  ],
  streaming: [
    'kinesis-data-streams',
    'kinesis-firehose',
    'kinesis-data-analytics',
    'kinesis-video-streams',
    'msk',
    'sqs',
    'sns',
    'dynamodb-streams',
    'eventbridge',
    'eventbridge-pipes'
  ],
  processing: [
    'lambda',
    'kcl-app',
    'kinesis-connector-library',
    'emr',
    'glue-crawler',
    'glue-data-catalog',
    'glue-etl',
    'glue-databrew',
    'batch',
    'step-functions',
    'data-pipeline',
    'mwaa',
    'opensearch-ingestion'
  ],
  storage: [
    's3',
    'dynamodb',
    'rds',
    'redshift',
    'redshift-spectrum',
    'opensearch',
    'elasticache',
    'documentdb',
    'timestream',
    'hbase',
    's3-tables'
  ],
  analytics: [
    'athena',
    'quicksight',
    'sagemaker',
    'rekognition-video',
    'cloudsearch',
    'splunk',
    'machine-learning',
    'snowflake',
    'http-endpoint'
  ],
  security: ['kms', 'cloudhsm', 'lake-formation']
}
const EXPECTED_IDS = Object.values(EXPECTED_BY_CATEGORY).flat()

const RETIRED: Record<string, string[]> = {
  'data-pipeline': ['glue-etl', 'step-functions'],
  'machine-learning': ['sagemaker'],
  cloudsearch: ['opensearch'],
  snowball: ['datasync'],
  // Issue 11: KCL 1.x end of support (2026-01-30); Timestream for LiveAnalytics closed to new
  // customers (2025-06-20), its successor Timestream for InfluxDB, which is not a separate id.
  'kinesis-connector-library': ['kcl-app'],
  timestream: []
}

describe('service catalog', () => {
  // Issue 2's list has 47 ids (9 + 8 + 11 + 10 + 7 + 2); issue 11 adds 9.
  it('has exactly the 56 service ids of the issues, each once', () => {
    expect(EXPECTED_IDS).toHaveLength(56)
    expect([...SERVICE_IDS].sort()).toEqual([...EXPECTED_IDS].sort())
    expect(SERVICES.map((s) => s.id).sort()).toEqual([...EXPECTED_IDS].sort())
    expect(new Set(SERVICES.map((s) => s.id)).size).toBe(56)
  })

  it.each(Object.entries(EXPECTED_BY_CATEGORY))(
    'puts the %s services in that category',
    (category, ids) => {
      for (const id of ids) expect(getService(id as never).category, id).toBe(category)
    }
  )

  it('only uses declared categories, each with a name', () => {
    const declared = new Set(CATEGORIES.map((c) => c.id))
    expect([...declared].sort()).toEqual(Object.keys(EXPECTED_BY_CATEGORY).sort())
    for (const c of CATEGORIES) expect(c.name.trim()).not.toBe('')
  })

  it.each(EXPECTED_IDS)('%s has a name, a one-line description and an icon', (id) => {
    const s = getService(id as never)
    expect(s.name.trim().length).toBeGreaterThan(1)
    expect(s.description.trim().length).toBeGreaterThan(10)
    expect(s.description).not.toContain('\n')
    expect(s.icon.trim()).not.toBe('')
  })

  it('gives every service a distinct display name', () => {
    expect(new Set(SERVICES.map((s) => s.name)).size).toBe(SERVICES.length)
  })

  it('points every packaged icon at an SVG that exists in aws-icons', () => {
    const missing = SERVICES.filter((s) => !s.icon.startsWith('local:')).filter(
      (s) => !existsSync(`${REPO_DIR}node_modules/aws-icons/icons/${s.icon}.svg`)
    )
    expect(missing.map((s) => `${s.id}: ${s.icon}`)).toEqual([])
  })

  it('names local icons after something, not an empty slot', () => {
    for (const s of SERVICES.filter((x) => x.icon.startsWith('local:'))) {
      expect(s.icon.slice('local:'.length)).toMatch(/^[a-z0-9-]+$/)
    }
  })

  it('marks exactly the retired services as retired, with existing, current successors', () => {
    const retired = SERVICES.filter((s) => s.retired).map((s) => s.id)
    expect(retired.sort()).toEqual(Object.keys(RETIRED).sort())
    for (const [id, successors] of Object.entries(RETIRED)) {
      const r = getService(id as never).retired!
      expect(r.successors, id).toEqual(successors)
      expect(r.status.trim(), id).not.toBe('')
      expect(
        r.successors.length > 0 || (r.instead ?? '').trim() !== '',
        `${id} names what to use instead`
      ).toBe(true)
      for (const next of r.successors) {
        expect(isServiceId(next)).toBe(true)
        expect(getService(next).retired, `${id} → ${next} is itself retired`).toBeUndefined()
      }
    }
  })

  it('cites an AWS documentation page for every retirement', () => {
    for (const id of Object.keys(RETIRED)) {
      const c = getService(id as never).retired!.citation
      expect(c.kind, id).toBe('aws')
      if (c.kind !== 'aws') continue
      expect(c.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/\S+$/)
      expect(c.title.trim()).not.toBe('')
    }
  })

  it('recognises ids and refuses anything else', () => {
    expect(isServiceId('s3')).toBe(true)
    expect(isServiceId('S3')).toBe(false)
    expect(isServiceId('kinesis-firehos')).toBe(false)
    expect(isServiceId('__proto__')).toBe(false)
    expect(isServiceId('toString')).toBe(false)
    expect(isServiceId(42)).toBe(false)
    expect(isServiceId(undefined)).toBe(false)
  })

  it('looks names up and throws on an unknown id', () => {
    expect(serviceName('kinesis-firehose')).toMatch(/Firehose/)
    expect(serviceName('s3')).toMatch(/S3/)
    expect(() => getService('nope' as never)).toThrow(/nope/)
  })
})
