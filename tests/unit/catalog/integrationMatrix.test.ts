import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SEED_FILES, type Citation } from '../../../src/shared/catalog/citations'
import {
  findIntegration,
  INTEGRATION_ROWS,
  integrationRows
} from '../../../src/shared/mechanisms/integrationMatrix'
import { isServiceId, type ServiceId } from '../../../src/shared/catalog/services'
import { checkServicePair } from '../../../src/shared/validation/edgeCheck'
import { SEEDS_DIR } from '../helpers'

/** Lines of a seed file that can carry a section name: headings and bullets. */
function headingAndBulletLines(file: string): string[] {
  return readFileSync(`${SEEDS_DIR}${file}`, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^[#*-]/.test(l))
}

const seedLines = new Map<string, string[]>()
function linesOf(file: string): string[] {
  let lines = seedLines.get(file)
  if (!lines) {
    lines = headingAndBulletLines(file)
    seedLines.set(file, lines)
  }
  return lines
}

/** Every way a citation can be malformed, as readable strings (empty when fine). */
function citationProblems(c: Citation): string[] {
  if (c.kind === 'seed') {
    if (!(Object.values(SEED_FILES) as string[]).includes(c.file))
      return [`unknown seed file ${c.file}`]
    if (!existsSync(`${SEEDS_DIR}${c.file}`)) return [`docs/seeds/${c.file} does not exist`]
    if (c.section.trim() === '') return [`empty section in ${c.file}`]
    return linesOf(c.file).some((l) => l.includes(c.section))
      ? []
      : [`"${c.section}" is no heading or bullet of ${c.file}`]
  }
  const out: string[] = []
  if (!/^https:\/\/docs\.aws\.amazon\.com\/\S+$/.test(c.url))
    out.push(`not an AWS docs URL: ${c.url}`)
  else if (new URL(c.url).hostname !== 'docs.aws.amazon.com') out.push(`bad host: ${c.url}`)
  if (c.title.trim().length < 5) out.push(`no title for ${c.url}`)
  return out
}

const label = (r: { source: string; target: string }) => `${r.source} → ${r.target}`

describe('integration matrix: every row', () => {
  it('has rows', () => {
    expect(INTEGRATION_ROWS.length).toBeGreaterThan(100)
  })

  it('connects two services that exist in the catalog', () => {
    const bad = INTEGRATION_ROWS.filter((r) => !isServiceId(r.source) || !isServiceId(r.target))
    expect(bad.map(label)).toEqual([])
  })

  it('has a verdict of ok or warning (a missing pair is the error)', () => {
    for (const r of INTEGRATION_ROWS) expect(['ok', 'warning'], label(r)).toContain(r.verdict)
  })

  it('names a mechanism', () => {
    const bad = INTEGRATION_ROWS.filter(
      (r) => typeof r.mechanism !== 'string' || r.mechanism.trim().length < 3
    )
    expect(bad.map(label)).toEqual([])
  })

  it('has a well-formed citation (seed file and section heading, or an AWS docs page with a title)', () => {
    const problems = INTEGRATION_ROWS.flatMap((r) =>
      citationProblems(r.citation).map((p) => `${label(r)}: ${p}`)
    )
    expect(problems).toEqual([])
  })

  it('explains every warning in a note', () => {
    const bad = INTEGRATION_ROWS.filter(
      (r) => r.verdict === 'warning' && !(r.note && r.note.trim().length > 10)
    )
    expect(bad.map(label)).toEqual([])
  })

  it('never lists the same pair with contradictory verdicts', () => {
    const verdicts = new Map<string, Set<string>>()
    for (const r of INTEGRATION_ROWS) {
      const key = label(r)
      if (!verdicts.has(key)) verdicts.set(key, new Set())
      verdicts.get(key)!.add(r.verdict)
    }
    expect([...verdicts].filter(([, v]) => v.size > 1).map(([k]) => k)).toEqual([])
  })

  it('is used through one row per pair, the one findIntegration returns', () => {
    const used = integrationRows()
    const keys = used.map(label)
    expect(new Set(keys).size).toBe(keys.length)
    expect(new Set(keys)).toEqual(new Set(INTEGRATION_ROWS.map(label)))
    for (const r of used) expect(findIntegration(r.source, r.target)).toBe(r)
  })

  it('checks citations for real: a section that is not a heading fails', () => {
    // Guards the helper above, so that a green run means something.
    expect(
      citationProblems({ kind: 'seed', file: SEED_FILES.integration, section: 'Athena' })
    ).toEqual([])
    expect(
      citationProblems({
        kind: 'seed',
        file: SEED_FILES.integration,
        section: 'Result would go back to S3'
      })
    ).not.toEqual([])
    expect(
      citationProblems({ kind: 'seed', file: 'nope.txt' as never, section: 'Athena' })
    ).not.toEqual([])
    expect(
      citationProblems({ kind: 'aws', url: 'http://docs.aws.amazon.com/x', title: 'Title' })
    ).not.toEqual([])
    expect(
      citationProblems({
        kind: 'aws',
        url: 'https://docs.aws.amazon.com.evil.example/x',
        title: 'Title'
      })
    ).not.toEqual([])
    expect(
      citationProblems({ kind: 'aws', url: 'https://docs.aws.amazon.com/x', title: ' ' })
    ).not.toEqual([])
  })
})

/**
 * Integrations read from the seed notes (docs/seeds), typed here independently of the matrix.
 * Each must be a row with verdict ok or warning.
 */
const DOCUMENTED: Array<[ServiceId, ServiceId, string]> = [
  // 000 "Connected services": Kinesis Connector Library and Firehose downstream
  ['kinesis-connector-library', 's3', 'Connected services'],
  ['kinesis-connector-library', 'redshift', 'Connected services'],
  ['kinesis-connector-library', 'opensearch', 'Connected services (Elasticsearch)'],
  ['kinesis-connector-library', 'dynamodb', 'Connected services'],
  ['kinesis-firehose', 's3', 'Connected services'],
  ['kinesis-firehose', 'redshift', 'Connected services'],
  ['kinesis-firehose', 'opensearch', 'Connected services (Elasticsearch)'],
  ['kinesis-firehose', 'splunk', 'Connected services'],
  // 002 IoT + 000 IOT Rule Engine
  ['iot-devices', 'iot-core', '001 MQTT'],
  ['iot-core', 's3', 'IoT rule actions'],
  ['iot-core', 'dynamodb', 'IoT rule actions'],
  ['iot-core', 'kinesis-data-streams', 'IoT rule actions'],
  ['iot-core', 'lambda', 'IoT rule actions'],
  ['iot-core', 'sqs', 'IoT rule actions'],
  ['iot-core', 'sns', 'IoT rule actions'],
  ['iot-core', 'kinesis-firehose', 'Firehose reads from IoT rules actions'],
  ['iot-core', 'opensearch', 'ElasticSearch Service: IoT Core sends data'],
  // Kinesis producers and consumers
  ['producer-app', 'kinesis-data-streams', 'SDK, KPL'],
  ['kinesis-agent', 'kinesis-data-streams', 'Kinesis Agent'],
  ['kinesis-agent', 'kinesis-firehose', '004: kinesis agent can send to firehose'],
  ['kinesis-data-streams', 'kcl-app', 'consumer: KCL'],
  ['kinesis-data-streams', 'lambda', 'consumer: Lambda'],
  ['kinesis-data-streams', 'kinesis-firehose', 'consumer: Firehose'],
  ['kinesis-data-streams', 'kinesis-connector-library', 'consumer: Kinesis Connector Library'],
  ['cloudwatch-logs', 'kinesis-firehose', 'Firehose reads CloudWatch Logs & Events'],
  ['kinesis-firehose', 'lambda', 'Firehose integrated with Lambda for data conversion'],
  ['kinesis-data-streams', 'kinesis-data-analytics', 'KDA gets data from KDS'],
  ['s3', 'kinesis-data-analytics', 'KDA reference data in S3'],
  ['kinesis-data-analytics', 'kinesis-data-streams', 'KDA results to KDS'],
  ['kinesis-data-analytics', 'kinesis-firehose', 'KDA results to Firehose'],
  // Issue 11: 'KDA results to Lambda' was a feature of the SQL applications AWS deleted from
  // 2026-01-27 (https://docs.aws.amazon.com/kinesisanalytics/latest/dev/discontinuation.html);
  // Flink's sinks (managed-flink/latest/java/how-sinks.html) name no Lambda sink, so it is an error.
  ['kinesis-video-streams', 'sagemaker', 'KVS consumers'],
  ['kinesis-video-streams', 'rekognition-video', 'KVS consumers'],
  ['kcl-app', 'dynamodb', '004: KCL lease table'],
  // MSK consumers (004 MSK)
  ['msk', 'lambda', 'MSK consumers'],
  ['msk', 'glue-etl', 'MSK consumers: Glue ETL with Spark Streaming'],
  ['msk', 'kinesis-data-analytics', 'MSK consumers: Kinesis Data Analytics'],
  // SQS and S3 events
  ['producer-app', 'sqs', 'SQS receives from SDK apps'],
  ['s3', 'sqs', 'S3 events'],
  ['s3', 'lambda', 'S3 notification'],
  ['s3', 'sns', 'S3 notification'],
  ['sqs', 'lambda', 'Lambda can read from SQS'],
  // S3 as a sink
  ['snowball', 's3', 'S3: Snowball can send data'],
  ['dms', 's3', 'S3: AWS DMS'],
  ['emr', 's3', 'S3: EMR with EMRFS'],
  ['glue-etl', 's3', 'Glue ETL target'],
  ['datasync', 's3', '001: DataSync to AWS storage'],
  // DynamoDB
  ['producer-app', 'dynamodb', 'Client SDK writes to DynamoDB'],
  ['dms', 'dynamodb', 'DMS into DynamoDB'],
  ['data-pipeline', 'dynamodb', 'Data Pipeline into DynamoDB'],
  ['dynamodb', 'dynamodb-streams', 'DynamoDB Streams change log'],
  ['dynamodb-streams', 'lambda', 'change log into Lambda'],
  ['dynamodb-streams', 'kcl-app', 'KCL with DynamoDB adaptor'],
  ['dynamodb', 'emr', 'EMR reads DynamoDB with Hive'],
  ['dynamodb', 'glue-crawler', 'Glue gets the table metadata'],
  // Glue and the catalog
  ['s3', 'glue-crawler', 'Glue sources'],
  ['rds', 'glue-crawler', 'crawlers work for RDS'],
  ['redshift', 'glue-crawler', 'crawlers work for Redshift'],
  ['on-prem-database', 'glue-crawler', 'any JDBC source'],
  ['glue-crawler', 'glue-data-catalog', 'crawlers create the catalog'],
  ['glue-data-catalog', 'athena', 'catalog used by Athena'],
  ['glue-data-catalog', 'redshift-spectrum', 'catalog used by Redshift Spectrum'],
  ['glue-data-catalog', 'emr', 'catalog used by EMR + Hive'],
  ['glue-etl', 'redshift', 'Glue ETL target'],
  ['glue-etl', 'glue-data-catalog', 'Glue ETL target'],
  ['s3', 'glue-databrew', 'DataBrew sources'],
  ['redshift', 'glue-databrew', 'DataBrew sources'],
  ['glue-data-catalog', 'glue-databrew', 'DataBrew sources'],
  // Athena, Redshift, QuickSight
  ['s3', 'athena', 'Athena queries S3'],
  ['athena', 's3', 'Athena results back to S3'],
  ['athena', 'quicksight', 'QuickSight uses Athena'],
  ['s3', 'redshift', 'COPY'],
  ['redshift', 's3', 'UNLOAD'],
  ['dynamodb', 'redshift', 'COPY from DynamoDB'],
  ['emr', 'redshift', 'COPY from an EMR cluster'],
  ['s3', 'redshift-spectrum', 'Spectrum queries S3 in place'],
  ['redshift', 'quicksight', 'Redshift QuickSight integration'],
  ['rds', 'quicksight', 'QuickSight sources RDS / JDBC'],
  ['s3', 'quicksight', 'QuickSight sources S3'],
  // EMR, ML
  ['s3', 'emr', 'EMRFS'],
  ['s3', 'sagemaker', 'SageMaker sources data only from S3'],
  ['s3', 'machine-learning', 'Amazon ML sources S3'],
  ['redshift', 'machine-learning', 'Amazon ML sources Redshift'],
  // OpenSearch (Elasticsearch) feeders
  ['cloudwatch-logs', 'opensearch', 'ElasticSearch Service: CloudWatch Logs'],
  // Data Pipeline, Batch
  ['data-pipeline', 's3', 'Data Pipeline destinations'],
  ['data-pipeline', 'rds', 'Data Pipeline destinations'],
  ['data-pipeline', 'redshift', 'Data Pipeline destinations'],
  ['data-pipeline', 'emr', 'Data Pipeline destinations'],
  ['data-pipeline', 'sns', 'integrates with SNS on failures'],
  ['s3', 'data-pipeline', 'S3DataNode'],
  ['dynamodb', 'data-pipeline', 'DynamoDBDataNode'],
  ['redshift', 'data-pipeline', 'RedshiftDataNode'],
  ['step-functions', 'batch', 'orchestrate Batch jobs with Step Functions'],
  ['cloudwatch-logs', 'batch', 'schedule Batch jobs with CloudWatch Events'],
  // DMS
  ['on-prem-database', 'dms', 'migrate databases to AWS'],
  // Security
  ['kms', 's3', 'SSE-KMS'],
  ['kms', 'emr', 'EMR encryption with a KMS CMK']
]

describe('integration matrix: documented integrations from the seeds', () => {
  it('is a list worth checking', () => {
    expect(DOCUMENTED.length).toBeGreaterThanOrEqual(40)
    expect(new Set(DOCUMENTED.map(([a, b]) => `${a}>${b}`)).size).toBe(DOCUMENTED.length)
  })

  it.each(DOCUMENTED)('%s → %s is in the matrix (%s)', (source, target) => {
    const row = findIntegration(source, target)
    expect(row, `${source} → ${target} missing`).toBeDefined()
    expect(['ok', 'warning']).toContain(row!.verdict)
  })

  it.each<[ServiceId, ServiceId]>([
    ['kinesis-firehose', 's3'],
    ['s3', 'athena'],
    ['glue-crawler', 'glue-data-catalog'],
    ['sqs', 'lambda'],
    ['redshift', 's3']
  ])('%s → %s is plainly ok, without a caveat', (source, target) => {
    expect(findIntegration(source, target)?.verdict).toBe('ok')
  })

  it('refuses the seed claim AWS contradicts, saying so: IoT Core has no Redshift rule action', () => {
    // Issue 11: AWS's list of rule actions (iot/latest/developerguide/iot-rule-actions.html) has no
    // Redshift action, so the pair is an error whose reason names the seed claim and the fix.
    expect(findIntegration('iot-core', 'redshift')).toBeUndefined()
    const check = checkServicePair('iot-core', 'redshift')
    expect(check.verdict).toBe('error')
    expect(check.reason).toMatch(/AWS IoT has no Redshift rule action \(the seed notes list one\)/)
    expect(check.insert).toEqual(['kinesis-firehose'])
  })

  it.each<[ServiceId, ServiceId]>([
    ['kinesis-data-streams', 's3'],
    ['iot-devices', 'dynamodb'],
    ['sagemaker', 'athena'],
    ['kinesis-firehose', 'dynamodb'],
    ['sqs', 's3'],
    ['quicksight', 's3'],
    ['iot-devices', 's3'],
    ['cloudhsm', 's3']
  ])('%s → %s is not a direct integration', (source, target) => {
    expect(findIntegration(source, target)).toBeUndefined()
  })
})
