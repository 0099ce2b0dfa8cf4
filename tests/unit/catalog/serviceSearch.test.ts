import { describe, expect, it } from 'vitest'
import { normalizeQuery, searchServices } from '../../../src/shared/catalog/serviceSearch'
import { getService, SERVICE_IDS, SERVICES } from '../../../src/shared/catalog/services'

const first = (query: string) => searchServices(query)[0]?.id

describe('palette search', () => {
  it.each([
    ['kinesis analytics', 'kinesis-data-analytics'],
    ['kda', 'kinesis-data-analytics'],
    ['flink', 'kinesis-data-analytics'],
    ['elasticsearch', 'opensearch'],
    ['kafka', 'msk'],
    ['dynamo', 'dynamodb'],
    ['s3 bucket', 's3'],
    ['data pipeline', 'data-pipeline']
  ])('"%s" finds %s first', (query, id) => {
    expect(first(query)).toBe(id)
  })

  it('ignores case, spaces, hyphens and punctuation', () => {
    for (const q of ['Data-Pipeline', 'DATA PIPELINE', '  data   pipeline ', 'data_pipeline'])
      expect(first(q), q).toBe('data-pipeline')
    expect(first('Dynamo DB')).toBe('dynamodb')
    expect(first('open search')).toBe('opensearch')
    expect(first('KINESIS-ANALYTICS')).toBe('kinesis-data-analytics')
    expect(normalizeQuery(' Amazon MSK (Kafka) ')).toBe('amazon msk kafka')
  })

  it('takes several words in any order, each starting a word', () => {
    expect(first('analytics kinesis')).toBe('kinesis-data-analytics')
    expect(first('data streams')).toBe('kinesis-data-streams')
    expect(first('glue crawler')).toBe('glue-crawler')
  })

  it('ranks a name above a mention in another service’s description', () => {
    // The Kinesis Connector Library's description mentions Elasticsearch.
    expect(searchServices('elasticsearch').map((s) => s.id)).toEqual([
      'opensearch',
      'kinesis-connector-library'
    ])
    expect(first('firehose')).toBe('kinesis-firehose')
  })

  it('finds nothing for nonsense and everything for an empty query', () => {
    expect(searchServices('no such service')).toEqual([])
    expect(searchServices('   ').map((s) => s.id)).toEqual([...SERVICE_IDS])
  })

  it('keeps the aliases in the catalog: each finds its service first or among equals', () => {
    for (const s of SERVICES) {
      for (const alias of s.aliases)
        expect(
          searchServices(alias).map((r) => r.id),
          `${s.id}: ${alias}`
        ).toContain(s.id)
    }
    expect(SERVICES.find((s) => s.id === 'kinesis-data-analytics')!.aliases).toContain(
      'Kinesis Data Analytics'
    )
  })
})

describe('the services of issue 11', () => {
  it.each([
    ['api gateway', 'api-gateway'],
    ['API', 'api-gateway'],
    ['REST API', 'api-gateway'],
    ['HTTP API', 'api-gateway'],
    ['EventBridge', 'eventbridge'],
    ['event bus', 'eventbridge'],
    ['CloudWatch Events', 'eventbridge'],
    ['rules', 'eventbridge'],
    ['Pipes', 'eventbridge-pipes'],
    ['eventbridge pipes', 'eventbridge-pipes'],
    ['Airflow', 'mwaa'],
    ['Apache Airflow', 'mwaa'],
    ['MWAA', 'mwaa'],
    ['managed workflows', 'mwaa'],
    ['OpenSearch Ingestion', 'opensearch-ingestion'],
    ['OSI', 'opensearch-ingestion'],
    ['Data Prepper', 'opensearch-ingestion'],
    ['Iceberg', 's3-tables'],
    ['Apache Iceberg', 's3-tables'],
    ['table bucket', 's3-tables'],
    ['S3 Tables', 's3-tables'],
    ['Snowflake', 'snowflake'],
    ['HTTP', 'http-endpoint'],
    ['HTTP endpoint', 'http-endpoint'],
    ['webhook', 'http-endpoint'],
    ['Datadog', 'http-endpoint'],
    ['New Relic', 'http-endpoint'],
    ['Lake Formation', 'lake-formation'],
    ['governance', 'lake-formation'],
    ['permissions', 'lake-formation']
  ])('"%s" finds %s first', (query, id) => {
    expect(first(query)).toBe(id)
  })

  it('finds each new service first while its name is typed key by key, once the name is unambiguous', () => {
    // The palette searches on every key press: the last few prefixes must already pick the service.
    for (const [query, id, from] of [
      ['Airflow', 'mwaa', 2],
      ['Iceberg', 's3-tables', 2],
      ['Pipes', 'eventbridge-pipes', 2],
      ['EventBridge', 'eventbridge', 1],
      // "Snow" is still Snowball Edge, earlier in the catalog.
      ['Snowflake', 'snowflake', 5],
      ['Lake Formation', 'lake-formation', 3],
      ['webhook', 'http-endpoint', 1]
    ] as const) {
      for (let n = from; n <= query.length; n++)
        expect(first(query.slice(0, n)), query.slice(0, n)).toBe(id)
    }
  })

  it('no longer sends "EventBridge" to CloudWatch Logs', () => {
    expect(getService('cloudwatch-logs').aliases).not.toContain('EventBridge')
    expect(
      searchServices('eventbridge')
        .map((s) => s.id)
        .slice(0, 2)
    ).toEqual(['eventbridge', 'eventbridge-pipes'])
  })
})

describe('ties', () => {
  it('keep catalog order, so the usual service comes first', () => {
    expect(searchServices('stream')[0]!.id).toBe('kinesis-data-streams')
    expect(searchServices('video')[0]!.id).toBe('kinesis-video-streams')
  })
})
