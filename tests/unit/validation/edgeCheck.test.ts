import { describe, expect, it } from 'vitest'
import { SERVICE_IDS } from '../../../src/shared/catalog/services'
import { citationText, checkServicePair } from '../../../src/shared/validation/edgeCheck'

describe('checkServicePair', () => {
  it('gives a documented pair its mechanism and citation', () => {
    const check = checkServicePair('kinesis-firehose', 's3')
    expect(check.verdict).toBe('ok')
    expect(check.mechanism).toMatch(/Firehose/i)
    expect(check.citation).toBeDefined()
    expect(check.insert).toBeUndefined()
    expect(check.reason).toContain('Amazon S3')
    // The seed section first, then the AWS page that lists every Firehose destination.
    expect(citationText(check)).toMatch(
      /^Pipewright's AWS big-data notes, "[^"]+", section "[^"]+" \(docs\/seeds\/\d{3}_[0-9a-f]+\.txt\); /
    )
    expect(citationText(check)).toContain(
      'https://docs.aws.amazon.com/firehose/latest/dev/basic-deliver.html'
    )
  })

  it('labels COPY and UNLOAD as the Redshift ↔ S3 mechanisms', () => {
    expect(checkServicePair('s3', 'redshift').mechanism).toMatch(/COPY/)
    expect(checkServicePair('redshift', 's3').mechanism).toMatch(/UNLOAD/)
  })

  it('cites an AWS page when the seeds are silent', () => {
    const check = checkServicePair('sns', 'sqs')
    expect(check.verdict).toBe('ok')
    expect(check.citation?.kind).toBe('aws')
    expect(citationText(check)).toMatch(/\(https:\/\/docs\.aws\.amazon\.com\/.+\)$/)
  })

  it('rejects Kinesis Data Streams → S3 and says to insert Firehose', () => {
    const check = checkServicePair('kinesis-data-streams', 's3')
    expect(check.verdict).toBe('error')
    expect(check.reason).toContain('not a direct integration')
    expect(check.reason).toContain('insert Data Firehose')
    expect(check.reason).toContain('Kinesis Data Streams → Data Firehose → Amazon S3')
    expect(check.insert).toEqual(['kinesis-firehose'])
    // Issue 11: an error cites the lists that decide it, what the source sends to first.
    expect(check.reason).toContain('Lists checked: Kinesis Data Streams consumers')
    expect(citationText(check)).toContain(
      'https://docs.aws.amazon.com/streams/latest/dev/building-consumers.html'
    )
  })

  it('says what Firehose delivers to when asked for DynamoDB, and to consume the stream with Lambda instead', () => {
    const check = checkServicePair('kinesis-firehose', 'dynamodb')
    expect(check.verdict).toBe('error')
    expect(check.reason).toContain(
      'Data Firehose sends only to Amazon S3, Amazon Redshift, Amazon OpenSearch Service, Splunk, HTTP endpoint, Snowflake and Amazon S3 Tables (Firehose destinations); Amazon DynamoDB is not one of them.'
    )
    expect(check.reason).toContain('AWS Lambda (an event source mapping)')
    // The transformation Lambda returns records to Firehose; it is never the way on.
    expect(check.insert?.[0]).not.toBe('lambda')
    expect(citationText(check)).toContain(
      'https://docs.aws.amazon.com/firehose/latest/dev/basic-deliver.html'
    )
  })

  it('refuses DynamoDB → DMS: DMS has no DynamoDB source endpoint', () => {
    const check = checkServicePair('dynamodb', 'dms')
    expect(check.verdict).toBe('error')
    expect(check.insert).toBeUndefined()
    expect(check.reason).toContain('Database Migration Service takes data only from')
    expect(citationText(check)).toContain(
      'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Introduction.Sources.html'
    )
  })

  it('explains that Firehose → Flink and Lambda → Flink went with the SQL applications, deleted on 27 January 2026', () => {
    for (const source of ['kinesis-firehose', 'lambda'] as const) {
      const check = checkServicePair(source, 'kinesis-data-analytics')
      expect(check.verdict).toBe('error')
      expect(check.reason).toContain('deleted from 27 January 2026')
      expect(citationText(check)).toContain(
        'https://docs.aws.amazon.com/kinesisanalytics/latest/dev/discontinuation.html'
      )
    }
    expect(checkServicePair('lambda', 'kinesis-data-analytics').insert).toEqual([
      'kinesis-data-streams'
    ])
  })

  it('warns that Rekognition streaming video is closed to new customers', () => {
    const check = checkServicePair('kinesis-video-streams', 'rekognition-video')
    expect(check.verdict).toBe('warning')
    expect(check.reason).toContain('no longer available to new customers')
    expect(citationText(check)).toContain('rekognition-availability-changes.html')
  })

  it('says when a write is code the user writes', () => {
    const check = checkServicePair('lambda', 'redshift')
    expect(check.verdict).toBe('ok')
    expect(check.mechanism).toMatch(/Data API/)
    expect(check.reason).toContain('custom code')
  })

  it('offers every mechanism of a pair, the most common first, and checks the one the edge names', () => {
    const lease = checkServicePair('kcl-app', 'dynamodb')
    expect(lease.mechanismId).toBe('kcl-lease-table')
    expect(lease.carries).toBe('checkpoints')
    expect(lease.choices?.map((c) => c.id)).toEqual(['kcl-lease-table', 'kcl-consumer-output'])
    const write = checkServicePair('kcl-app', 'dynamodb', 'kcl-consumer-output')
    expect(write.carries).toBe('data')
    expect(write.reason).toContain('custom code')
    // An id that does not connect the pair is checked as the default.
    expect(checkServicePair('kcl-app', 'dynamodb', 'firehose-destinations')).toBe(lease)
  })

  it('cites an AWS page or a seed on every error of every pair', () => {
    const missing: string[] = []
    for (const a of SERVICE_IDS) {
      for (const b of SERVICE_IDS) {
        if (a === b) continue
        const check = checkServicePair(a, b)
        if (check.verdict === 'error' && !citationText(check)) missing.push(`${a} → ${b}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('routes MQTT devices to DynamoDB through IoT Core', () => {
    const check = checkServicePair('iot-devices', 'dynamodb')
    expect(check.verdict).toBe('error')
    expect(check.insert).toEqual(['iot-core'])
    expect(check.reason).toContain('IoT devices (MQTT) → AWS IoT Core → Amazon DynamoDB')
  })

  it('joins several services to insert with "and"', () => {
    const check = checkServicePair('kinesis-agent', 'athena')
    expect(check.verdict).toBe('error')
    expect(check.insert).toHaveLength(2)
    expect(check.reason).toMatch(/insert .+ and .+: Kinesis Agent → .+ → .+ → Amazon Athena\./)
  })

  it('refuses IoT Core → Redshift, which the seeds claim and AWS IoT does not have, and inserts Firehose', () => {
    const check = checkServicePair('iot-core', 'redshift')
    expect(check.verdict).toBe('error')
    expect(check.reason).toMatch(/no Redshift rule action/)
    expect(check.reason).toMatch(/Firehose/)
    expect(check.insert).toEqual(['kinesis-firehose'])
    expect(citationText(check)).toBeDefined()
  })

  it('suggests the other direction when only the reverse is documented', () => {
    // Nothing flows into MQTT devices, but devices → IoT Core is documented.
    const check = checkServicePair('iot-core', 'iot-devices')
    expect(check.verdict).toBe('error')
    expect(check.insert).toBeUndefined()
    expect(check.reason).toContain('Did you mean the other direction?')
    expect(check.reason).toContain('IoT devices (MQTT) → AWS IoT Core is documented (MQTT publish)')
  })

  it('suggests the other direction for an arrow drawn into the Kinesis Agent', () => {
    const check = checkServicePair('kinesis-data-streams', 'kinesis-agent')
    expect(check.reason).toContain('other direction')
  })

  it('says when no chain and no reverse exist', () => {
    const check = checkServicePair('kinesis-data-streams', 'iot-devices')
    expect(check.verdict).toBe('error')
    expect(check.insert).toBeUndefined()
    expect(check.reason).toContain('no chain of documented integrations')
    expect(check.reason).not.toContain('other direction')
  })

  it('answers the same pair the same way every time', () => {
    expect(checkServicePair('s3', 'athena')).toEqual(checkServicePair('s3', 'athena'))
    expect(checkServicePair('kinesis-data-streams', 's3')).toEqual(
      checkServicePair('kinesis-data-streams', 's3')
    )
  })
})

describe('servicesBetween', () => {
  it('offers exactly the services that make both new edges documented', async () => {
    const { servicesBetween } = await import('../../../src/shared/validation/edgeCheck')
    const { SERVICE_IDS } = await import('../../../src/shared/catalog/services')
    const offered = servicesBetween('kinesis-data-streams', 's3', SERVICE_IDS)
    const ids = offered.map((o) => o.service)
    // Firehose, Lambda, a KCL app, the Connector Library, EMR and Managed Flink all read a stream and write to S3.
    for (const s of [
      'kinesis-firehose',
      'lambda',
      'kcl-app',
      'kinesis-connector-library',
      'emr',
      'kinesis-data-analytics'
    ] as const) {
      expect(ids).toContain(s)
    }
    expect(ids).not.toContain('athena') // Athena does not read a stream
    expect(offered.find((o) => o.service === 'kinesis-firehose')?.verdict).toBe('ok')
  })
})
