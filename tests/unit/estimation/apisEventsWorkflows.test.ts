import { describe, expect, it } from 'vitest'
import type { ServiceId } from '../../../src/shared/catalog/services'
import { diagram, edge, node } from '../helpers'
import { estimate, fedBy, lineItem, nodeEstimate, priceIds } from './estimateHelpers'

// A month is 730 h = 2,628,000 s. Prices typed from ../shared/reference/aws-pricing-2026-check.md.

function alone(service: ServiceId, config: Record<string, string | number> = {}) {
  return estimate(diagram([node('n', service, { config })]))
}

describe('API Gateway', () => {
  it('bills one REST API request per record in the first tier', () => {
    // 100 requests/s × 2,628,000 s = 262.8 M × $3.50 = $919.80
    const e = estimate(fedBy(100, 1, 'api-gateway'))
    expect(nodeEstimate(e, 't').capacity.apiRequestsPerSecond).toBe(100)
    expect(priceIds(e, 't')).toEqual(['apigateway.restRequestsMillion'])
    expect(lineItem(e, 't', 'apigateway.restRequestsMillion').quantity).toBeCloseTo(262.8, 6)
    expect(nodeEstimate(e, 't').monthlyCostUSD).toBeCloseTo(919.8, 2)
  })

  it('moves REST requests beyond 333 million a month to the second tier', () => {
    // 200/s = 525.6 M: 333 M × $3.50 = $1,165.50 and 192.6 M × $2.80 = $539.28 → $1,704.78
    const e = estimate(fedBy(200, 1, 'api-gateway'))
    expect(lineItem(e, 't', 'apigateway.restRequestsMillionTier2').quantity).toBeCloseTo(192.6, 6)
    expect(lineItem(e, 't', 'apigateway.restRequestsMillionTier2').item).toBe(
      'REST API requests, next 667 million'
    )
    expect(nodeEstimate(e, 't').monthlyCostUSD).toBeCloseTo(1704.78, 2)
  })

  it('prices an HTTP API at $1.00 per million, $0.90 beyond 300 million', () => {
    // 525.6 M: 300 M × $1.00 + 225.6 M × $0.90 = $300 + $203.04 = $503.04
    const e = estimate(fedBy(200, 1, 'api-gateway', { apiType: 'http' }))
    expect(priceIds(e, 't')).toEqual([
      'apigateway.httpRequestsMillion',
      'apigateway.httpRequestsMillionTier2'
    ])
    expect(lineItem(e, 't', 'apigateway.httpRequestsMillionTier2').item).toBe(
      'HTTP API requests, beyond 300 million'
    )
    expect(nodeEstimate(e, 't').monthlyCostUSD).toBeCloseTo(503.04, 2)
  })
})

describe('EventBridge', () => {
  it('bills custom events per 64 KB chunk', () => {
    // 10 events/s of 100 KB: ⌈100 ÷ 64⌉ = 2 → 20/s × 2,628,000 = 52.56 M × $1.00 = $52.56
    const e = estimate(fedBy(10, 100, 'eventbridge', {}, [{ service: 'lambda' }]))
    expect(nodeEstimate(e, 't').capacity.billedEventsPerSecond).toBe(20)
    expect(lineItem(e, 't', 'eventbridge.customEventsMillion').costUSD).toBeCloseTo(52.56, 2)
  })

  it('charges nothing for S3 object events on the default bus', () => {
    const d = diagram(
      [
        node('p', 'producer-app', { config: { recordsPerSecond: 5, recordSizeKB: 1 } }),
        node('b', 's3'),
        node('eb', 'eventbridge'),
        node('fn', 'lambda')
      ],
      [edge('p', 'b'), edge('b', 'eb'), edge('eb', 'fn')]
    )
    const eb = nodeEstimate(estimate(d), 'eb')
    expect(eb.lineItems).toEqual([])
    expect(eb.monthlyCostUSD).toBe(0)
    expect(eb.explanations.join(' ')).toContain('AWS service events: free')
  })

  it('says API destinations to an HTTP endpoint are not priced', () => {
    const e = estimate(fedBy(10, 1, 'eventbridge', {}, [{ service: 'http-endpoint' }]))
    expect(nodeEstimate(e, 't').explanations.join(' ')).toContain('API destinations')
  })
})

describe('EventBridge Pipes', () => {
  it('bills requests per 64 KB chunk at $0.40 per million', () => {
    // 1,000 events/s of 1 KB → 1,000 requests/s × 2,628,000 = 2,628 M × $0.40 = $1,051.20
    const e = estimate(fedBy(1000, 1, 'eventbridge-pipes', {}, [{ service: 'step-functions' }]))
    expect(nodeEstimate(e, 't').capacity.pipeRequestsPerSecond).toBe(1000)
    expect(lineItem(e, 't', 'eventbridge.pipesRequestsMillion').costUSD).toBeCloseTo(1051.2, 2)
  })
})

describe('MWAA', () => {
  it('bills the environment for every hour of the month', () => {
    // 730 h × $0.49 = $357.70; mw1.large 730 × $0.99 = $722.70
    expect(lineItem(alone('mwaa'), 'n', 'mwaa.environment.mw1.small').costUSD).toBeCloseTo(357.7, 2)
    expect(nodeEstimate(alone('mwaa'), 'n').badge).toBe('mw1.small')
    expect(
      nodeEstimate(alone('mwaa', { environmentClass: 'mw1.large' }), 'n').monthlyCostUSD
    ).toBeCloseTo(722.7, 2)
  })

  it('passes no data on to the jobs it starts', () => {
    const d = diagram([node('af', 'mwaa'), node('job', 'glue-etl')], [edge('af', 'job')])
    expect(estimate(d).edgeFlows.get(d.edges[0]!.id)).toMatchObject({
      recordsPerSecond: 0,
      mbps: 0
    })
  })
})

describe('OpenSearch Ingestion', () => {
  // Ingestion OCUs by AWS's rule of thumb, about 2 MiB/s per OCU for a simple log pipeline
  // (opensearch-service/latest/developerguide/ingestion-scaling.html), at least 1. Priced at $0.24 per
  // OCU-hour (grade C: a community post; no AWS page found).
  it('sizes OCUs at the peak and bills the OCUs the average needs', () => {
    // average 10,240 records/s × 1 KB = 10 MiB/s → ⌈10 ÷ 2⌉ = 5 OCUs
    // peak 20,480 records/s × 1 KB = 20 MiB/s → ⌈20 ÷ 2⌉ = 10 OCUs (the pipeline's maximum capacity)
    // bill: 5 OCUs × 730 h = 3,650 OCU-hours × $0.24 = $876.00
    const d = fedBy(10_240, 1, 'opensearch-ingestion')
    d.nodes[0]!.config = { recordsPerSecond: 10_240, peakRecordsPerSecond: 20_480, recordSizeKB: 1 }
    const e = estimate(d)
    expect(nodeEstimate(e, 't').capacity.ocus).toBe(10)
    const ocuHours = lineItem(e, 't', 'opensearchIngestion.ocuHour')
    expect(ocuHours.quantity).toBe(3650)
    expect(ocuHours.costUSD).toBeCloseTo(876, 6)
    expect(ocuHours.grade).toBe('C')
    expect(nodeEstimate(e, 't').explanations.join(' ')).toContain('at the peak')
  })

  it('prices the peak-free case at the same OCUs, and at least one OCU', () => {
    // no peak: 10 MiB/s → 5 OCUs, both sized and billed; nothing flowing → 1 OCU × 730 h × $0.24 = $175.20
    const fed = estimate(fedBy(10_240, 1, 'opensearch-ingestion'))
    expect(nodeEstimate(fed, 't').capacity.ocus).toBe(5)
    expect(lineItem(fed, 't', 'opensearchIngestion.ocuHour').quantity).toBe(3650)
    expect(nodeEstimate(alone('opensearch-ingestion'), 'n').capacity.ocus).toBe(1)
    expect(nodeEstimate(alone('opensearch-ingestion'), 'n').monthlyCostUSD).toBeCloseTo(175.2, 6)
  })

  it('uses the cost the user enters in place of the OCU-hour estimate', () => {
    const e = alone('opensearch-ingestion', { monthlyCostUSD: 350 })
    expect(nodeEstimate(e, 'n').monthlyCostUSD).toBe(350)
    expect(priceIds(e, 'n')).toEqual([undefined])
  })
})

describe('services billed outside AWS', () => {
  it.each<ServiceId>(['snowflake', 'http-endpoint'])(
    '%s costs what the user enters, said to be no AWS charge',
    (service) => {
      const e = alone(service, { monthlyCostUSD: 500 })
      expect(nodeEstimate(e, 'n').monthlyCostUSD).toBe(500)
      expect(nodeEstimate(e, 'n').explanations[0]).toMatch(/^Not an AWS charge/)
      expect(nodeEstimate(alone(service), 'n').lineItems).toEqual([])
    }
  )

  it.each<ServiceId>(['s3-tables', 'lake-formation'])(
    '%s has no list price yet and takes an entered cost',
    (service) => {
      expect(nodeEstimate(alone(service, { monthlyCostUSD: 40 }), 'n').monthlyCostUSD).toBe(40)
    }
  )
})
