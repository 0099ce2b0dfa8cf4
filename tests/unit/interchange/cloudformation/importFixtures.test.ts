import { describe, expect, it } from 'vitest'
import { diagramSchema } from '../../../../src/shared/diagram/schema'
import { parseTemplateText } from '../../../../src/shared/interchange/cloudformation/parseTemplate'
import { importSource } from '../../../../src/shared/interchange/import/importSource'
import type { ImportResult } from '../../../../src/shared/interchange/import/importReport'
import { validateDiagram } from '../../../../src/shared/validation/validator'
import { edgesOf, entryOf, fixture, imported, nodeOf } from './importHelpers'

/** Every resource of the file, read independently of the importer, has exactly one entry. */
function expectOneEntryPerResource(result: ImportResult, text: string): void {
  const parsed = parseTemplateText(text, 'x')
  if (!parsed.ok) throw new Error(parsed.message)
  const ids = Object.keys((parsed.value as { Resources: object }).Resources).sort()
  expect(result.report.entries.map((e) => e.sourceId).sort()).toEqual(ids)
}

/** The diagram is a valid file, and no imported edge is one the validator calls undocumented. */
function expectValidAndDocumented(result: ImportResult): void {
  expect(diagramSchema.safeParse(result.diagram).success).toBe(true)
  const errors = validateDiagram(result.diagram).problems.filter((p) => p.severity === 'error')
  expect(errors).toEqual([])
}

function servicesOf(result: ImportResult): string[] {
  return [...new Set(result.diagram.nodes.map((n) => n.service))].sort()
}

function load(name: string) {
  const text = fixture(name)
  const result = imported(text, name)
  expectOneEntryPerResource(result, text)
  expectValidAndDocumented(result)
  return result
}

describe('fixture: SAM clickstream app (Events:, short tags, Globals)', () => {
  const r = load('sam-clickstream.yaml')

  it('recovers the services, the generated API and the table stream', () => {
    expect(servicesOf(r)).toEqual([
      'api-gateway',
      'dynamodb',
      'dynamodb-streams',
      'eventbridge',
      'kinesis-data-streams',
      'lambda',
      's3',
      'sns',
      'sqs'
    ])
    expect(nodeOf(r, 'ServerlessHttpApi').config).toEqual({ apiType: 'http' })
  })

  it('recovers every event source as an edge', () => {
    expect(edgesOf(r)).toEqual(
      [
        'ArchiveBucket>WorkerFunction',
        'AlertsTopic>WorkerFunction',
        'ClickStream>EnrichFunction',
        'DefaultEventBus>WorkerFunction',
        'EventsTable>EventsTableStream',
        'EventsTableStream>ArchiveFunction',
        'ServerlessHttpApi>CollectFunction',
        'WorkQueue>FailedEventsQueue',
        'WorkQueue>WorkerFunction',
        'WorkerFunctionNightly>WorkerFunction'
      ].sort()
    )
  })

  it('applies Globals and the mapping settings to the functions', () => {
    expect(nodeOf(r, 'CollectFunction').config).toEqual({ memoryMB: 256 })
    expect(nodeOf(r, 'EnrichFunction').config).toEqual({
      memoryMB: 1024,
      batchSize: 500,
      parallelizationFactor: 2,
      maximumBatchingWindowSeconds: 5
    })
  })

  it('offers the policy-template wiring as suggestions, not edges', () => {
    expect(r.report.suggestions.map((s) => `${s.source}>${s.target}`).sort()).toEqual([
      'ArchiveFunction>ArchiveBucket',
      'CollectFunction>ClickStream',
      'EnrichFunction>EventsTable'
    ])
    expect(r.report.remarks.join(' ')).toMatch(/conditions used: IsProd/)
    expect(entryOf(r, 'ClickStream').detail).toMatch(/ShardCount|shards is computed/)
  })
})

describe('fixture: Firehose to S3, Redshift, OpenSearch, Splunk, HTTP, Snowflake, Iceberg', () => {
  const r = load('firehose-delivery.yaml')

  it('draws each delivery stream with its source, destination and backup bucket', () => {
    expect(edgesOf(r)).toEqual(
      [
        'AnalyticsDatabase>ToLake',
        'IngestStream>ToLake',
        'ToIceberg>BackupBucket',
        'ToIceberg>ext:s3-tables:clickstream.clicks_iceberg',
        'ToLake>RawBucket',
        'ToLake>TransformFunction',
        'ToPartner>BackupBucket',
        'ToPartner>ext:http-endpoint:aws-kinesis-http-intake.logs.datadoghq.com',
        'ToSearch>BackupBucket',
        'ToSearch>SearchDomain',
        'ToSnowflake>BackupBucket',
        'ToSnowflake>ext:snowflake:acme-xy12345.snowflakecomputing.com',
        'ToSplunk>BackupBucket',
        'ToSplunk>SplunkHecUrl',
        'ToWarehouse>StagingBucket',
        'ToWarehouse>Warehouse'
      ].sort()
    )
    expect(nodeOf(r, 'SplunkHecUrl')).toMatchObject({
      service: 'splunk',
      external: { reference: 'parameter SplunkHecUrl' }
    })
  })

  it('reads buffering, compression, format conversion and sizes into settings', () => {
    expect(nodeOf(r, 'ToLake').config).toEqual({
      bufferSizeMB: 128,
      bufferIntervalSeconds: 300,
      compression: 'none',
      formatConversion: 'parquet'
    })
    expect(nodeOf(r, 'Warehouse').config).toEqual({
      deployment: 'provisioned',
      nodeType: 'ra3.4xlarge',
      nodes: 4
    })
    expect(nodeOf(r, 'SearchDomain').config).toEqual({
      instanceType: 'r6g.large.search',
      instances: 3,
      storageGBPerInstance: 200
    })
    expect(entryOf(r, 'ClicksTable')).toMatchObject({
      outcome: 'setting',
      nodeIds: ['AnalyticsDatabase']
    })
  })
})

describe('fixture: IoT rules', () => {
  const r = load('iot-telemetry.yaml')

  it('draws each rule action, the error action included, as an edge from the rule', () => {
    expect(
      edgesOf(r).filter((e) => e.startsWith('TelemetryRule>') || e.startsWith('AlarmRule>'))
    ).toEqual([
      'AlarmRule>AlarmQueue',
      'AlarmRule>AlarmTopic',
      'AlarmRule>AnomalyFunction',
      'AlarmRule>KafkaBootstrapServers',
      'TelemetryRule>ArchiveBucket',
      'TelemetryRule>DeviceState',
      'TelemetryRule>TelemetryArchive',
      'TelemetryRule>TelemetryStream',
      'TelemetryRule>TimestreamDatabaseName'
    ])
    expect(entryOf(r, 'AlarmRule').detail).toMatch(/IotAnalytics action: no node/)
    expect(nodeOf(r, 'TelemetryArchive').config).toMatchObject({ recordsPerRequest: 1 })
  })

  it('reads the subscription and the role as what they are', () => {
    expect(entryOf(r, 'AlarmSubscription').outcome).toBe('edge')
    expect(edgesOf(r)).toContain('AlarmTopic>AlarmQueue')
    expect(r.report.suggestions).toEqual([
      expect.objectContaining({ source: 'AnomalyFunction', target: 'AlarmTopic' })
    ])
    expect(entryOf(r, 'AnomalyPermission').outcome).toBe('not-pipeline')
  })
})

describe('fixture: Step Functions ETL with Glue and Athena', () => {
  const r = load('stepfunctions-glue-etl.yaml')

  it('reads the tasks of a !Sub DefinitionString with DefinitionSubstitutions', () => {
    expect(edgesOf(r).filter((e) => e.startsWith('EtlStateMachine>'))).toEqual([
      'EtlStateMachine>CurateJob',
      'EtlStateMachine>DoneTopic',
      'EtlStateMachine>RawCrawler',
      'EtlStateMachine>ReportingWorkGroup',
      'EtlStateMachine>ValidateFunction'
    ])
    expect(edgesOf(r)).toContain('BackfillMachine>CurateJob')
    expect(edgesOf(r)).toContain('BackfillMachineWeekly>BackfillMachine')
    expect(edgesOf(r)).toContain('NightlySchedule>EtlStateMachine')
  })

  it('reads crawler targets, the trigger, the workgroup output and job DPUs', () => {
    expect(edgesOf(r)).toEqual(
      expect.arrayContaining([
        'RawBucket>RawCrawler',
        'RawCrawler>LakeDatabase',
        'RawCrawler>CurateJob',
        'ReportingWorkGroup>QueryResultsBucket'
      ])
    )
    expect(nodeOf(r, 'CurateJob').config).toEqual({ dpus: 10 })
    expect(r.report.suggestions).toEqual([
      expect.objectContaining({ source: 'CurateJob', target: 'CuratedBucket' })
    ])
  })
})

describe('fixture: EventBridge, Pipes and API Gateway', () => {
  const r = load('eventbridge-pipes.yaml')

  it('draws the pipe from the table stream through its enrichment to the bus', () => {
    expect(edgesOf(r)).toEqual(
      expect.arrayContaining([
        'OrdersTable>OrdersTableStream',
        'OrdersTableStream>OrdersPipe',
        'OrdersPipe>EnrichFunction',
        'OrdersPipe>OrdersBus'
      ])
    )
  })

  it('draws rule targets from their bus, schedules and API integrations', () => {
    expect(edgesOf(r)).toEqual(
      expect.arrayContaining([
        'OrdersBus>ShippedQueue',
        'OrdersBus>AuditStream',
        'OrdersBus>FulfilmentMachine',
        'OrdersBus>PartnerDestination',
        'CleanupSchedule>FulfilmentMachine',
        'OrdersApi>AuditStream',
        'QueueApi>ShippedQueue'
      ])
    )
    expect(r.diagram.edges).toHaveLength(11)
    expect(nodeOf(r, 'QueueApi').config).toEqual({ apiType: 'http' })
    expect(entryOf(r, 'ShippedRule')).toMatchObject({ outcome: 'edge' })
    expect(entryOf(r, 'ShippedRule').edgeIds).toHaveLength(3)
  })
})

describe('fixture: DMS change data capture (JSON)', () => {
  const r = load('dms-cdc.json')

  it('draws source endpoint → replication → target endpoint', () => {
    expect(edgesOf(r)).toEqual([
      'CatalogCluster>CatalogToStream',
      'CatalogToStream>ChangeStream',
      'OnPremHost>ReplicationInstance',
      'ReplicationInstance>LakeBucket'
    ])
    expect(nodeOf(r, 'OnPremHost')).toMatchObject({ service: 'on-prem-database' })
    expect(entryOf(r, 'OrdersSource').outcome).toBe('external')
    expect(entryOf(r, 'LakeTarget')).toMatchObject({ outcome: 'setting', nodeIds: ['LakeBucket'] })
  })

  it('reports an instance class outside the settings schema instead of writing it', () => {
    expect(nodeOf(r, 'ReplicationInstance').config).toEqual({ storageGB: 100 })
    expect(entryOf(r, 'ReplicationInstance').detail).toMatch(/dms\.r5\.large.*not written/)
  })
})

describe('fixture: an existing MSK cluster and a stream named by parameters', () => {
  const r = load('msk-external.yaml')

  it('draws one external node per parameter, import or ARN, and keeps the edges', () => {
    expect(edgesOf(r)).toEqual([
      'ClickStreamName>ClickConsumer',
      'MSKClusterArn>OrdersConsumer',
      'MSKClusterArn>OrdersToLake',
      'OrdersToLake>ext:s3:platform-LakeBucketName',
      'ext:sqs:platform--Environment--EventsQueueArn>ClickConsumer'
    ])
    const externals = r.diagram.nodes.filter((n) => n.external).map((n) => n.label)
    expect(externals.sort()).toEqual(
      [
        'ClickStreamName',
        'MSKClusterArn',
        'platform-${Environment}-EventsQueueArn',
        'platform-LakeBucketName'
      ].sort()
    )
    expect(nodeOf(r, 'ClickStreamName').service).toBe('kinesis-data-streams')
  })

  it('marks a read through a stream consumer as enhanced fan-out', () => {
    const e = r.diagram.edges.find((x) => x.source === 'ClickStreamName')
    expect(e?.config).toMatchObject({ enhancedFanOut: true })
    expect(entryOf(r, 'ClickMapping').detail).toMatch(/parallelizationFactor 20 not written/)
  })

  it('reads MSK, Flink and Redshift Serverless settings', () => {
    expect(nodeOf(r, 'EventsCluster').config).toEqual({ deployment: 'serverless' })
    expect(nodeOf(r, 'BrokerCluster').config).toEqual({
      deployment: 'provisioned',
      brokerType: 'kafka.m5.large',
      brokers: 3,
      storageGBPerBroker: 500
    })
    expect(nodeOf(r, 'MetricsApp').config).toEqual({ kpus: 4 })
    expect(nodeOf(r, 'WarehouseWorkgroup').config).toEqual({
      deployment: 'serverless',
      serverlessRpus: 32
    })
    expect(entryOf(r, 'WarehouseNamespace').nodeIds).toEqual(['WarehouseWorkgroup'])
    expect(r.report.suggestions.map((s) => `${s.source}>${s.target}`).sort()).toEqual([
      'MetricsApp>ClickStreamName',
      'MetricsApp>MetricsBucket'
    ])
  })
})

describe('fixture: nested stacks and conditions', () => {
  const r = load('nested-conditions.yaml')

  it('reports nested stacks, custom resources, keys and unknown types without drawing them', () => {
    expect(entryOf(r, 'Network').outcome).toBe('not-pipeline')
    expect(entryOf(r, 'Monitoring').outcome).toBe('not-pipeline')
    expect(entryOf(r, 'Seeder').outcome).toBe('not-pipeline')
    expect(entryOf(r, 'StreamKey').outcome).toBe('not-pipeline')
    expect(entryOf(r, 'Dashboard').outcome).toBe('unknown')
    expect(r.report.remarks.join(' ')).toMatch(
      /Nested stacks are not followed \(Network, Monitoring\)/
    )
  })

  it('imports conditional resources and the first Fn::If branch, saying so', () => {
    expect(edgesOf(r)).toEqual([
      'Archiver>ArchiveBucket',
      'Events>Archiver',
      'Notifier>ExistingTopicArn'
    ])
    expect(r.report.remarks.join(' ')).toMatch(/conditions used: ArchiveEnabled, UseExistingTopic/)
    expect(entryOf(r, 'Notifier').detail).toMatch(/condition UseExistingTopic \(not evaluated\)/)
  })
})

describe('every fixture through the shared import entry point', () => {
  it.each([
    'sam-clickstream.yaml',
    'firehose-delivery.yaml',
    'iot-telemetry.yaml',
    'stepfunctions-glue-etl.yaml',
    'eventbridge-pipes.yaml',
    'dms-cdc.json',
    'msk-external.yaml',
    'nested-conditions.yaml'
  ])('%s is recognised as a template and imported', (name) => {
    const bytes = new TextEncoder().encode(fixture(name))
    const result = importSource(bytes, name, (b) =>
      new TextDecoder('utf-8', { fatal: true }).decode(b)
    )
    expect(result.ok && result.report.kind).toBe('cloudformation')
  })
})
