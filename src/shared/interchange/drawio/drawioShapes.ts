import { awsDoc, type Citation } from '../../catalog/citations'
import type { ServiceId } from '../../catalog/services'

/**
 * draw.io's AWS shape names and the Pipewright service each one draws. Names are the stencil
 * names of draw.io's AWS libraries: `mxgraph.aws4.*` (the 2019+ icons; used as `shape=` for
 * resource icons, as `resIcon=` of `shape=mxgraph.aws4.resourceIcon` and as `prIcon=` of
 * `shape=mxgraph.aws4.productIcon`) and the older `mxgraph.aws3.*`. Read 2026-12-01 from the
 * palettes in jgraph/drawio (Sidebar-AWS4.js, Sidebar-AWS3.js); a few names (Managed Service for
 * Apache Flink, OpenSearch Service, MWAA, DynamoDB stream and table, EventBridge Pipes, Glue
 * DataBrew, S3 `simple_storage_service`, IoT things) come from the library's later icon sets and
 * the diagrams drawn with them.
 *
 * Shapes that stand for people, clients, servers and devices map to the source services a
 * pipeline diagram means by them (a producer application, IoT devices, an on-premises
 * database); each such choice is marked `generic`, so an unambiguous label can refine it.
 */
const DRAWIO_AWS4_CITATION: Citation = awsDoc(
  'https://github.com/jgraph/drawio/blob/dev/src/main/webapp/js/diagramly/sidebar/Sidebar-AWS4.js',
  "draw.io's AWS shape library (mxgraph.aws4, Sidebar-AWS4.js)"
)

const DRAWIO_AWS3_CITATION: Citation = awsDoc(
  'https://github.com/jgraph/drawio/blob/dev/src/main/webapp/js/diagramly/sidebar/Sidebar-AWS3.js',
  "draw.io's older AWS shape library (mxgraph.aws3, Sidebar-AWS3.js)"
)

type Names = Partial<Record<ServiceId, readonly string[]>>

const AWS4: Names = {
  'producer-app': [
    'client',
    'mobile_client',
    'user',
    'users',
    'external_sdk',
    'tools_and_sdks',
    'traditional_server',
    'illustration_users',
    'illustration_devices',
    'illustration_desktop'
  ],
  'iot-devices': [
    'sensor',
    'thermostat',
    'actuator',
    'camera',
    'car',
    'bycicle',
    'coffee_pot',
    'door_lock',
    'echo',
    'factory',
    'firetv',
    'firetv_stick',
    'generic',
    'hardware_board',
    'house',
    'lightbulb',
    'servo',
    'windfarm',
    'utility',
    'alexa_enabled_device',
    'iot_sensor',
    'iot_thing'
  ],
  'iot-core': [
    'iot_core',
    'internet_of_things',
    'iot_device_gateway',
    'mqtt_protocol',
    'rule',
    'topic_2',
    'shadow',
    'desired_state',
    'reported_state'
  ],
  'cloudwatch-logs': ['cloudwatch', 'cloudwatch_2', 'cloudwatch_logs'],
  snowball: ['snowball', 'snowball_edge', 'import_export'],
  datasync: ['datasync'],
  dms: ['database_migration_service', 'database_migration_workflow_job'],
  'on-prem-database': ['generic_database'],
  'api-gateway': ['api_gateway'],
  'kinesis-data-streams': ['kinesis_data_streams', 'kinesis'],
  'kinesis-firehose': ['kinesis_data_firehose'],
  'kinesis-data-analytics': ['kinesis_data_analytics', 'managed_service_for_apache_flink'],
  'kinesis-video-streams': ['kinesis_video_streams'],
  msk: ['managed_streaming_for_kafka'],
  sqs: ['sqs', 'queue', 'simple_queue_service'],
  sns: ['sns', 'topic', 'simple_notification_service'],
  'dynamodb-streams': ['dynamodb_stream'],
  eventbridge: [
    'eventbridge',
    'eventbridge_custom_event_bus_resource',
    'eventbridge_default_event_bus_resource',
    'eventbridge_saas_partner_event_bus_resource',
    'rule_2',
    'rule_3',
    'event_event_based',
    'event_time_based'
  ],
  'eventbridge-pipes': ['eventbridge_pipes'],
  lambda: ['lambda', 'lambda_function'],
  emr: [
    'emr',
    'emr_engine',
    'emr_engine_mapr_m3',
    'emr_engine_mapr_m5',
    'emr_engine_mapr_m7',
    'hdfs_cluster',
    'cluster'
  ],
  'glue-crawler': ['glue_crawlers'],
  'glue-data-catalog': ['glue_data_catalog'],
  'glue-etl': ['glue'],
  'glue-databrew': ['glue_databrew'],
  batch: ['batch'],
  'step-functions': ['step_functions', 'express_workflow'],
  'data-pipeline': ['data_pipeline'],
  mwaa: ['managed_workflows_for_apache_airflow'],
  s3: ['s3', 'simple_storage_service', 'bucket', 'bucket_with_objects'],
  dynamodb: ['dynamodb', 'dynamodb_table', 'table'],
  rds: [
    'rds',
    'aurora',
    'aurora_instance',
    'aurora_instance_alt',
    'rds_instance',
    'rds_instance_alt',
    'rds_mariadb_instance',
    'rds_mariadb_instance_alt',
    'rds_mysql_instance',
    'rds_mysql_instance_alt',
    'rds_oracle_instance',
    'rds_oracle_instance_alt',
    'rds_postgresql_instance',
    'rds_postgresql_instance_alt',
    'rds_sql_server_instance',
    'rds_sql_server_instance_alt'
  ],
  redshift: ['redshift', 'dense_compute_node', 'dense_storage_node'],
  opensearch: ['elasticsearch_service', 'opensearch_service'],
  elasticache: ['elasticache', 'elasticache_for_memcached', 'elasticache_for_redis', 'cache_node'],
  documentdb: ['documentdb_with_mongodb_compatibility'],
  timestream: ['timestream'],
  athena: ['athena'],
  quicksight: ['quicksight'],
  sagemaker: ['sagemaker', 'sagemaker_model', 'sagemaker_notebook', 'sagemaker_train'],
  'rekognition-video': ['rekognition_video'],
  cloudsearch: ['cloudsearch2'],
  kms: ['key_management_service'],
  cloudhsm: ['cloudhsm'],
  'lake-formation': ['lake_formation']
}

const AWS3: Names = {
  'producer-app': ['traditional_server', 'users', 'user', 'mobile_client', 'client'],
  'on-prem-database': ['generic_database'],
  'iot-core': ['aws_iot'],
  'cloudwatch-logs': ['cloudwatch'],
  snowball: ['snowball', 'import_export'],
  dms: ['database_migration_service'],
  'api-gateway': ['api_gateway'],
  'kinesis-data-streams': ['kinesis', 'kinesis_streams'],
  'kinesis-firehose': ['kinesis_firehose'],
  'kinesis-data-analytics': ['kinesis_analytics'],
  'kcl-app': ['kinesis_enabled_app'],
  sqs: ['sqs', 'queue'],
  sns: ['sns', 'topic'],
  lambda: ['lambda', 'lambda_function'],
  emr: [
    'emr',
    'emr_cluster',
    'emr_engine',
    'emr_engine_mapr_m3',
    'emr_engine_mapr_m5',
    'emr_engine_mapr_m7',
    'hdfs_cluster'
  ],
  'glue-etl': ['glue'],
  'step-functions': ['step_functions'],
  'data-pipeline': ['data_pipeline'],
  s3: ['s3', 'bucket', 'bucket_with_objects'],
  dynamodb: ['dynamo_db'],
  rds: ['rds'],
  redshift: ['redshift', 'dense_compute_node', 'dense_storage_node'],
  opensearch: ['elasticsearch_service'],
  elasticache: ['elasticache'],
  athena: ['athena'],
  quicksight: ['quicksight'],
  cloudsearch: ['cloudsearch'],
  'machine-learning': ['machine_learning'],
  kms: ['kms'],
  cloudhsm: ['cloudhsm']
}

/**
 * Shapes whose meaning is a family or a stand-in rather than one service: the generic Kinesis,
 * Glue and IoT icons, and people, clients and servers. A label that names one
 * service unambiguously ("Kinesis Data Firehose" under the Kinesis icon, "Kinesis Agent" on a
 * server) wins over the default.
 */
const GENERIC = new Set([
  'mxgraph.aws4.kinesis',
  'mxgraph.aws3.kinesis',
  'mxgraph.aws4.glue',
  'mxgraph.aws3.glue',
  'mxgraph.aws4.internet_of_things',
  'mxgraph.aws4.generic_database',
  'mxgraph.aws3.generic_database',
  ...(AWS4['producer-app'] ?? []).map((n) => `mxgraph.aws4.${n}`),
  ...(AWS3['producer-app'] ?? []).map((n) => `mxgraph.aws3.${n}`)
])

/** Shape-name prefixes that stand for one service whatever follows (IoT things: `iot_thing_relay`…). */
const PREFIXES: ReadonlyArray<readonly [string, ServiceId]> = [
  ['mxgraph.aws4.iot_thing_', 'iot-devices']
]

/**
 * Shapes that draw a service only when the label says which part is meant: the CloudWatch icon
 * is CloudWatch Logs (the catalog's service) only when labelled as logs; CloudWatch metrics and
 * alarms are not a Pipewright service, and reading them as Logs would judge their arrows (an
 * alarm notifying SNS) against the wrong integrations.
 */
const NEEDS_LABEL: ReadonlyMap<string, RegExp> = new Map([
  ['mxgraph.aws4.cloudwatch', /\blogs?\b|\blog group/i],
  ['mxgraph.aws4.cloudwatch_2', /\blogs?\b|\blog group/i],
  ['mxgraph.aws3.cloudwatch', /\blogs?\b|\blog group/i]
])

export interface ShapeService {
  service: ServiceId
  generic: boolean
  citation: Citation
  /** The label must match this for the shape to be the service. */
  needsLabel?: RegExp
}

function index(library: string, names: Names, citation: Citation, into: Map<string, ShapeService>) {
  for (const [service, list] of Object.entries(names) as Array<[ServiceId, readonly string[]]>)
    for (const n of list) {
      const key = `${library}.${n}`
      const needsLabel = NEEDS_LABEL.get(key)
      into.set(key, {
        service,
        generic: GENERIC.has(key),
        citation,
        ...(needsLabel ? { needsLabel } : {})
      })
    }
}

const SHAPES = new Map<string, ShapeService>()
index('mxgraph.aws4', AWS4, DRAWIO_AWS4_CITATION, SHAPES)
index('mxgraph.aws3', AWS3, DRAWIO_AWS3_CITATION, SHAPES)

/** The service a draw.io shape name (`mxgraph.aws4.kinesis_data_streams`) draws, if any. */
export function serviceOfShape(shape: string): ShapeService | undefined {
  const key = shape.toLowerCase()
  const found = SHAPES.get(key)
  if (found) return found
  for (const [prefix, service] of PREFIXES)
    if (key.startsWith(prefix)) return { service, generic: false, citation: DRAWIO_AWS4_CITATION }
  return undefined
}
