import { normalizeQuery } from '../../catalog/serviceSearch'
import { SERVICES, type ServiceId } from '../../catalog/services'

/**
 * Names people write on draw.io shapes for a service, beyond the catalog's names and aliases:
 * AWS's renamings (Kinesis Data Firehose → Amazon Data Firehose, Kinesis Data Analytics →
 * Managed Service for Apache Flink, Elasticsearch Service → OpenSearch Service) and the wording
 * of draw.io's own shape titles. A label counts only when it is one of these names whole
 * (after "Amazon"/"AWS" and a trailing "service" are dropped), and only when it names one service.
 */
const LABEL_NAMES: Partial<Record<ServiceId, readonly string[]>> = {
  'kinesis-data-streams': [
    'Kinesis Data Streams',
    'Kinesis Data Stream',
    'Kinesis Streams',
    'Kinesis Stream',
    'data stream'
  ],
  'kinesis-firehose': [
    'Data Firehose',
    'Kinesis Firehose',
    'Firehose delivery stream',
    'delivery stream'
  ],
  'kinesis-data-analytics': [
    'Managed Service for Apache Flink',
    'Apache Flink',
    'Kinesis Analytics',
    'Kinesis Data Analytics for Apache Flink'
  ],
  'kinesis-video-streams': ['Kinesis Video Streams', 'Kinesis Video Stream'],
  msk: ['MSK', 'Managed Streaming for Kafka', 'MSK Serverless', 'Kafka cluster'],
  opensearch: ['OpenSearch', 'Elasticsearch', 'Elasticsearch Service', 'OpenSearch domain'],
  s3: ['S3', 'S3 bucket', 'Simple Storage Service'],
  dynamodb: ['DynamoDB table'],
  'dynamodb-streams': ['DynamoDB stream', 'DynamoDB Streams'],
  sqs: ['SQS', 'SQS queue', 'dead-letter queue', 'DLQ'],
  sns: ['SNS', 'SNS topic'],
  lambda: ['Lambda', 'Lambda function'],
  'iot-core': ['IoT Core', 'IoT rule', 'IoT topic rule'],
  'iot-devices': ['IoT devices', 'IoT device', 'devices', 'sensors'],
  emr: ['EMR', 'EMR cluster', 'EMR Serverless'],
  'glue-etl': ['Glue job', 'Glue ETL', 'Glue ETL job'],
  'glue-crawler': ['Glue crawler', 'crawler'],
  'glue-data-catalog': ['Glue Data Catalog', 'Data Catalog'],
  'step-functions': ['Step Functions'],
  redshift: ['Redshift', 'Redshift Serverless'],
  athena: ['Athena'],
  'api-gateway': ['API Gateway'],
  mwaa: ['MWAA', 'Managed Workflows for Apache Airflow'],
  'on-prem-database': ['on-premises database', 'on-prem database']
}

const DROP = /^(?:amazon|aws)\s+|\s+service$/g

function key(text: string): string {
  return normalizeQuery(text).replace(DROP, '').replace(DROP, '').trim()
}

/** A catalog alias names a service on its own only when it has several words ("API", "queue" do not). */
function distinctive(alias: string): boolean {
  return /\s/.test(alias.trim())
}

const BY_NAME = new Map<string, Set<ServiceId>>()
function add(name: string, id: ServiceId) {
  const k = key(name)
  if (k === '') return
  const set = BY_NAME.get(k) ?? new Set<ServiceId>()
  set.add(id)
  BY_NAME.set(k, set)
}
for (const s of SERVICES) {
  add(s.name, s.id)
  for (const a of s.aliases) if (distinctive(a)) add(a, s.id)
}
for (const [id, names] of Object.entries(LABEL_NAMES) as Array<[ServiceId, readonly string[]]>)
  for (const n of names) add(n, id)

const BY_COMPACT = new Map<string, Set<ServiceId>>()
for (const [k, ids] of BY_NAME) {
  const compact = k.replace(/ /g, '')
  BY_COMPACT.set(compact, new Set([...(BY_COMPACT.get(compact) ?? []), ...ids]))
}

/**
 * The one service an AWS stencil name the shape table does not know reads as
 * (`mxgraph.aws4.amazon_kinesis_data_streams`, `mxgraph.aws3d.dynamoDb`): newer or other icon sets
 * name stencils after the service, so the name is matched whole against the same names as labels.
 */
export function serviceOfStencilName(shape: string): ServiceId | undefined {
  if (!/^mxgraph\.aws/i.test(shape)) return undefined
  const last = shape.slice(shape.lastIndexOf('.') + 1)
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ')
  const found = BY_COMPACT.get(key(words).replace(/ /g, ''))
  return found?.size === 1 ? [...found][0] : undefined
}

/** The one service a label names, or undefined when it names none or several. */
export function serviceOfLabel(label: string): ServiceId | undefined {
  const found = BY_NAME.get(key(label))
  return found?.size === 1 ? [...found][0] : undefined
}

/**
 * A server or client shape labelled as a database (an Oracle or MySQL server on premises) is the
 * database the pipeline reads, not an application writing records.
 */
export function labelSaysDatabase(label: string): boolean {
  return /\b(?:database|db|rdbms|sql|oracle|mysql|postgres(?:ql)?|mariadb|db2|sybase|mongo(?:db)?)\b/i.test(
    label
  )
}
