import { describe, expect, it } from 'vitest'
import type { ServiceId } from '../../../src/shared/catalog/services'
import { diagram, edge, node } from '../helpers'
import { estimate, fedBy, lineItem, nodeEstimate, priceIds } from './estimateHelpers'

// A month is 730 h = 2,628,000 s = 730 ÷ 24 = 30.41666… days.

function alone(service: ServiceId, config: Record<string, string | number> = {}) {
  return estimate(diagram([node('n', service, { config })]))
}

describe('MSK', () => {
  it('bills broker-hours and broker storage', () => {
    // 3 × kafka.m5.large × 730 h = 2,190 broker-hours × $0.21 = $459.90
    // 3 brokers × 100 GB = 300 GB-month × $0.10 = $30.00 → $489.90
    const e = alone('msk')
    expect(lineItem(e, 'n', 'msk.broker.kafka.m5.large').quantity).toBe(2190)
    expect(lineItem(e, 'n', 'msk.broker.kafka.m5.large').costUSD).toBeCloseTo(459.9, 2)
    expect(lineItem(e, 'n', 'msk.storageGBMonth').quantity).toBe(300)
    expect(lineItem(e, 'n', 'msk.storageGBMonth').costUSD).toBeCloseTo(30, 2)
    expect(nodeEstimate(e, 'n').monthlyCostUSD).toBeCloseTo(489.9, 2)
    expect(nodeEstimate(e, 'n').badge).toBe('3 brokers')
  })

  it('follows broker type and count', () => {
    // 6 × kafka.m7g.large × 730 = 4,380 × $0.204 = $893.52; 6 × 500 GB = 3,000 × $0.10 = $300 → $1,193.52
    const e = alone('msk', { brokerType: 'kafka.m7g.large', brokers: 6, storageGBPerBroker: 500 })
    expect(nodeEstimate(e, 'n').monthlyCostUSD).toBeCloseTo(1193.52, 2)
  })
})

describe('SQS', () => {
  it('bills 3 requests per message and one per 64 KB chunk', () => {
    // 1,000 messages/s of 100 KB: ⌈100 ÷ 64⌉ = 2 chunks × 3 (send, receive, delete) = 6,000 requests/s
    // × 2,628,000 s = 15,768 M × $0.40 = $6,307.20
    const e = estimate(fedBy(1000, 100, 'sqs'))
    expect(nodeEstimate(e, 't').capacity.requestsPerSecond).toBe(6000)
    expect(lineItem(e, 't', 'sqs.standardRequestsMillion').quantity).toBeCloseTo(15768, 6)
    expect(lineItem(e, 't', 'sqs.standardRequestsMillion').costUSD).toBeCloseTo(6307.2, 2)
  })

  it('bills one chunk for a message of exactly 64 KB and FIFO at $0.50 per million', () => {
    // 1,000 × 3 × ⌈64 ÷ 64⌉ = 3,000 requests/s × 2,628,000 = 7,884 M × $0.50 = $3,942
    const e = estimate(fedBy(1000, 64, 'sqs', { queueType: 'fifo' }))
    expect(nodeEstimate(e, 't').capacity.requestsPerSecond).toBe(3000)
    expect(lineItem(e, 't', 'sqs.fifoRequestsMillion').costUSD).toBeCloseTo(3942, 2)
  })
})

describe('SNS', () => {
  it('bills publishes per 64 KB chunk; SQS subscribers are free', () => {
    // 1,000 messages/s of 10 KB: ⌈10 ÷ 64⌉ = 1 → 1,000 publishes/s × 2,628,000 = 2,628 M × $0.50 = $1,314
    const e = estimate(fedBy(1000, 10, 'sns', {}, [{ service: 'sqs' }]))
    expect(priceIds(e, 't')).toEqual(['sns.publishMillion'])
    expect(lineItem(e, 't', 'sns.publishMillion').costUSD).toBeCloseTo(1314, 2)
  })

  it('bills deliveries to a Firehose subscriber', () => {
    // 2,628 M deliveries × $0.19 = $499.32
    const e = estimate(fedBy(1000, 10, 'sns', {}, [{ service: 'kinesis-firehose' }]))
    expect(lineItem(e, 't', 'sns.firehoseDeliveriesMillion').costUSD).toBeCloseTo(499.32, 2)
  })
})

describe('IoT Core', () => {
  it('meters messages in 5 KB increments and bills rules and actions', () => {
    // 10 messages/s of 12 KB: ⌈12 ÷ 5⌉ = 3 → 30 metered messages/s × 2,628,000 = 78.84 M × $1.00 = $78.84
    // rules: 10 × 2,628,000 = 26.28 M × $0.15 = $3.942; actions (1 outgoing edge): 26.28 M × $0.15 = $3.942
    const d = diagram(
      [
        node('dev', 'iot-devices', { config: { recordsPerSecond: 10, recordSizeKB: 12 } }),
        node('iot', 'iot-core'),
        node('k', 'kinesis-data-streams')
      ],
      [edge('dev', 'iot'), edge('iot', 'k')]
    )
    const e = estimate(d)
    expect(nodeEstimate(e, 'iot').capacity.messagesPerSecond).toBe(30)
    expect(lineItem(e, 'iot', 'iot.messagesMillion').costUSD).toBeCloseTo(78.84, 2)
    expect(lineItem(e, 'iot', 'iot.rulesTriggeredMillion').costUSD).toBeCloseTo(3.942, 4)
    expect(lineItem(e, 'iot', 'iot.actionsMillion').costUSD).toBeCloseTo(3.942, 4)
    // $78.84 + $3.942 + $3.942 = $86.724
    expect(nodeEstimate(e, 'iot').monthlyCostUSD).toBeCloseTo(86.724, 4)
  })
})

describe('S3', () => {
  it('stores MB/s × retention days and bills PUTs per object', () => {
    // 1,024 records/s × 1 KB = 1 MB/s × 86,400 s × 30 days = 2,592,000 MB ÷ 1,024 = 2,531.25 GB × $0.023 = $58.21875
    // 1 MB/s ÷ 5 MB objects = 0.2 PUT/s × 2,628,000 s = 525,600 = 525.6 thousand × $0.005 = $2.628
    const e = estimate(fedBy(1024, 1, 's3'))
    const s3 = nodeEstimate(e, 't')
    expect(s3.capacity.storedGB).toBeCloseTo(2531.25, 9)
    expect(s3.capacity.putsPerSecond).toBeCloseTo(0.2, 12)
    expect(lineItem(e, 't', 's3.standardGBMonth').costUSD).toBeCloseTo(58.21875, 6)
    expect(lineItem(e, 't', 's3.putThousand').quantity).toBeCloseTo(525.6, 6)
    expect(lineItem(e, 't', 's3.putThousand').costUSD).toBeCloseTo(2.628, 6)
    expect(s3.badge).toBe('2.5 TB')
  })

  it('prices Standard-IA storage and GET requests', () => {
    // 2,531.25 GB × $0.0125 = $31.640625; 10,000 GETs/day × 30.41666… days = 304,166.67 = 304.17 thousand × $0.0004 = $0.12166…
    const e = estimate(fedBy(1024, 1, 's3', { storageClass: 'standard-ia', getsPerDay: 10_000 }))
    expect(lineItem(e, 't', 's3.standardIaGBMonth').costUSD).toBeCloseTo(31.640625, 6)
    expect(lineItem(e, 't', 's3.getThousand').costUSD).toBeCloseTo(0.121667, 6)
  })
})

describe('Athena and Redshift Spectrum', () => {
  it('bills at least 10 MB per query', () => {
    // 100 queries/day × 30.41666… days = 3,041.67 queries × 10 MB (1 MB asked, 10 MB billed) = 30,416.67 MB
    // ÷ 1,048,576 MB/TB = 0.0290076 TB × $5 = $0.14503797
    const e = alone('athena', { queriesPerDay: 100, dataScannedGBPerQuery: 0.001 })
    expect(nodeEstimate(e, 'n').capacity.tbScannedPerMonth).toBeCloseTo(0.0290076, 6)
    expect(lineItem(e, 'n', 'athena.scannedTB').costUSD).toBeCloseTo(0.14503797, 6)
  })

  it('bills what is scanned above the minimum', () => {
    // 100 queries/day × 30.41666… × 1 GB = 3,041.67 GB ÷ 1,024 = 2.9703776 TB × $5 = $14.851888
    expect(lineItem(alone('athena'), 'n', 'athena.scannedTB').costUSD).toBeCloseTo(14.851888, 5)
  })

  it('prices Spectrum the same way', () => {
    // 50 queries/day × 30.41666… × 10 GB = 15,208.33 GB ÷ 1,024 = 14.851888 TB × $5 = $74.25944
    expect(
      lineItem(alone('redshift-spectrum'), 'n', 'redshift.spectrumScannedTB').costUSD
    ).toBeCloseTo(74.25944, 4)
  })
})

describe('Glue', () => {
  it('bills crawler DPU-hours', () => {
    // 4 runs/day × 15 min × 2 DPU = 120 DPU-min = 2 DPU-h/day × 30.41666… = 60.8333 DPU-h × $0.44 = $26.7667
    const e = alone('glue-crawler', { runsPerDay: 4, minutesPerRun: 15, dpus: 2 })
    expect(nodeEstimate(e, 'n').capacity.dpuHoursPerMonth).toBeCloseTo(60.833333, 5)
    expect(lineItem(e, 'n', 'glue.crawlerDpuHour').costUSD).toBeCloseTo(26.766667, 5)
  })

  it('bills ETL DPU-hours', () => {
    // 10 DPU × 2 h/day × 30.41666… = 608.333 DPU-h × $0.44 = $267.6667
    const e = alone('glue-etl', { dpus: 10, hoursPerDay: 2 })
    expect(lineItem(e, 'n', 'glue.etlDpuHour').quantity).toBeCloseTo(608.333333, 5)
    expect(lineItem(e, 'n', 'glue.etlDpuHour').costUSD).toBeCloseTo(267.666667, 5)
    expect(nodeEstimate(e, 'n').badge).toBe('10 DPU')
  })

  it('charges nothing for a Data Catalog within the free million objects and requests', () => {
    expect(nodeEstimate(alone('glue-data-catalog'), 'n').lineItems).toEqual([])
    // 1,500,000 objects: 500,000 beyond the free million = 5 × 100,000 × $1 = $5
    expect(
      lineItem(alone('glue-data-catalog', { objects: 1_500_000 }), 'n', 'glue.catalogObjects100k')
        .costUSD
    ).toBeCloseTo(5, 6)
  })
})

describe('Redshift', () => {
  it('bills provisioned RA3 node-hours plus managed storage', () => {
    // 2 × ra3.xlplus × 730 h = 1,460 node-hours × $1.086 = $1,585.56; 100 GB × $0.024 = $2.40 → $1,587.96
    const e = alone('redshift')
    expect(lineItem(e, 'n', 'redshift.node.ra3.xlplus').costUSD).toBeCloseTo(1585.56, 2)
    expect(lineItem(e, 'n', 'redshift.managedStorageGBMonth').costUSD).toBeCloseTo(2.4, 2)
    expect(nodeEstimate(e, 'n').monthlyCostUSD).toBeCloseTo(1587.96, 2)
  })

  it('bills DC2 nodes without managed storage', () => {
    // 2 × dc2.large × 730 = 1,460 × $0.25 = $365
    const e = alone('redshift', { nodeType: 'dc2.large' })
    expect(priceIds(e, 'n')).toEqual(['redshift.node.dc2.large'])
    expect(nodeEstimate(e, 'n').monthlyCostUSD).toBeCloseTo(365, 2)
  })

  it('bills Serverless RPU-hours while active, plus storage', () => {
    // 8 RPU × 8 h/day × 30.41666… days = 1,946.67 RPU-h × $0.375 = $730.00; 100 GB × $0.024 = $2.40
    const e = alone('redshift', { deployment: 'serverless' })
    expect(lineItem(e, 'n', 'redshift.serverlessRpuHour').quantity).toBeCloseTo(1946.666667, 5)
    expect(lineItem(e, 'n', 'redshift.serverlessRpuHour').costUSD).toBeCloseTo(730, 2)
    expect(nodeEstimate(e, 'n').monthlyCostUSD).toBeCloseTo(732.4, 2)
  })
})

describe('EMR, OpenSearch, Managed Flink, QuickSight', () => {
  it('bills EMR as EC2 plus the EMR charge', () => {
    // 3 instances × 24 h × 30.41666… = 2,190 instance-hours; EC2 × $0.192 = $420.48; EMR × $0.048 = $105.12 → $525.60
    const e = alone('emr')
    expect(lineItem(e, 'n', 'ec2.m5.xlarge').quantity).toBeCloseTo(2190, 9)
    expect(lineItem(e, 'n', 'ec2.m5.xlarge').costUSD).toBeCloseTo(420.48, 2)
    expect(lineItem(e, 'n', 'emr.m5.xlarge').costUSD).toBeCloseTo(105.12, 2)
    expect(nodeEstimate(e, 'n').monthlyCostUSD).toBeCloseTo(525.6, 2)
  })

  it('bills OpenSearch instance-hours and gp3 storage', () => {
    // 2 × r6g.large.search × 730 = 1,460 × $0.167 = $243.82; 2 × 100 GB = 200 × $0.122 = $24.40 → $268.22
    const e = alone('opensearch')
    expect(lineItem(e, 'n', 'opensearch.instance.r6g.large.search').costUSD).toBeCloseTo(243.82, 2)
    expect(lineItem(e, 'n', 'opensearch.gp3GBMonth').costUSD).toBeCloseTo(24.4, 2)
    expect(nodeEstimate(e, 'n').monthlyCostUSD).toBeCloseTo(268.22, 2)
  })

  it('bills Managed Flink KPUs plus one for orchestration, and 50 GB per KPU', () => {
    // (2 + 1) KPU × 730 h = 2,190 KPU-hours × $0.11 = $240.90; 2 × 50 GB = 100 GB-month × $0.10 = $10 → $250.90
    const e = alone('kinesis-data-analytics')
    expect(lineItem(e, 'n', 'flink.kpuHour').quantity).toBe(2190)
    expect(lineItem(e, 'n', 'flink.kpuHour').costUSD).toBeCloseTo(240.9, 2)
    expect(lineItem(e, 'n', 'flink.runningStorageGBMonth').quantity).toBe(100)
    expect(nodeEstimate(e, 'n').monthlyCostUSD).toBeCloseTo(250.9, 2)
    expect(nodeEstimate(e, 'n').capacity.kpus).toBe(2)
  })

  it('bills QuickSight per author and reader', () => {
    // 1 author × $24 + 5 readers × $3 = $39; 3 × $24 + 40 × $3 = $192
    expect(nodeEstimate(alone('quicksight'), 'n').monthlyCostUSD).toBeCloseTo(39, 2)
    expect(
      nodeEstimate(alone('quicksight', { authors: 3, readers: 40 }), 'n').monthlyCostUSD
    ).toBeCloseTo(192, 2)
  })
})

describe('services priced from the cost the user enters', () => {
  it('gives rds with monthlyCostUSD 120 one line item of $120', () => {
    const e = alone('rds', { monthlyCostUSD: 120 })
    expect(nodeEstimate(e, 'n').lineItems).toEqual([
      { item: 'Entered monthly cost', quantity: 1, unit: 'month', unitPriceUSD: 120, costUSD: 120 }
    ])
    expect(nodeEstimate(e, 'n').monthlyCostUSD).toBe(120)
    expect(e.totalMonthlyCostUSD).toBe(120)
  })

  it('gives no line item when nothing is entered', () => {
    expect(nodeEstimate(alone('rds'), 'n').lineItems).toEqual([])
  })
})

describe('S3 objects written by Firehose', () => {
  it('puts one object per buffer, or per interval when traffic is too thin to fill it', async () => {
    const { estimateDiagram } = await import('../../../src/shared/estimation/estimate')
    const { diagram, edge, node } = await import('../helpers')
    const build = (recordsPerSecond: number) =>
      estimateDiagram(
        diagram(
          [
            node('app', 'producer-app', { config: { recordsPerSecond, recordSizeKB: 1 } }),
            node('f', 'kinesis-firehose', {
              config: { bufferSizeMB: 64, bufferIntervalSeconds: 60 }
            }),
            node('b', 's3')
          ],
          [edge('app', 'f'), edge('f', 'b')]
        )
      ).byId.get('b')!.capacity.putsPerSecond
    // 65,536 records/s × 1 KB = 64 MB/s fills a 64 MB buffer once a second: 1 object/s.
    expect(build(65_536)).toBeCloseTo(1, 9)
    // 10 records/s × 1 KB ≈ 0.0098 MB/s never fills 64 MB; the 60 s interval flushes: 1/60 object/s.
    expect(build(10)).toBeCloseTo(1 / 60, 9)
  })
})

// firehose/latest/APIReference/API_BufferingHints.html: "Buffer incoming data to the specified size":
// the buffer fills at the rate data comes in, before compression shrinks what is written.
describe('objects Firehose writes to S3 when it compresses', () => {
  it('counts one object per 5 MiB of incoming data, not of compressed data', () => {
    // 1,000 records/s × 1 KB = 0.9765625 MiB/s in → 5 MiB ÷ 0.9765625 = a buffer every 5.12 s
    // → 0.1953125 objects/s, gzip or not (gzip only makes each object about 1 MiB)
    for (const compression of ['none', 'gzip']) {
      const d = diagram(
        [
          node('p', 'producer-app', { config: { recordsPerSecond: 1000, recordSizeKB: 1 } }),
          node('f', 'kinesis-firehose', { config: { compression } }),
          node('b', 's3'),
          node('q', 'sqs')
        ],
        [edge('p', 'f'), edge('f', 'b'), edge('b', 'q')]
      )
      const e = estimate(d)
      expect(nodeEstimate(e, 'b').capacity.putsPerSecond, compression).toBeCloseTo(0.1953125, 9)
      expect(e.edgeFlows.get('b:q')!.recordsPerSecond, compression).toBeCloseTo(0.1953125, 9)
    }
  })
})
