import { describe, expect, it } from 'vitest'
import { normalizeQuery, searchServices } from '../../../src/shared/catalog/serviceSearch'
import { SERVICE_IDS, SERVICES } from '../../../src/shared/catalog/services'

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
    ['data pipeline', 'data-pipeline'],
  ])('"%s" finds %s first', (query, id) => {
    expect(first(query)).toBe(id)
  })

  it('ignores case, spaces, hyphens and punctuation', () => {
    for (const q of ['Data-Pipeline', 'DATA PIPELINE', '  data   pipeline ', 'data_pipeline']) expect(first(q), q).toBe('data-pipeline')
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
    expect(searchServices('elasticsearch').map((s) => s.id)).toEqual(['opensearch', 'kinesis-connector-library'])
    expect(first('firehose')).toBe('kinesis-firehose')
  })

  it('finds nothing for nonsense and everything for an empty query', () => {
    expect(searchServices('no such service')).toEqual([])
    expect(searchServices('   ').map((s) => s.id)).toEqual([...SERVICE_IDS])
  })

  it('keeps the aliases in the catalog: each finds its service first or among equals', () => {
    for (const s of SERVICES) {
      for (const alias of s.aliases) expect(searchServices(alias).map((r) => r.id), `${s.id}: ${alias}`).toContain(s.id)
    }
    expect(SERVICES.find((s) => s.id === 'kinesis-data-analytics')!.aliases).toContain('Kinesis Data Analytics')
  })
})

describe('ties', () => {
  it('keep catalog order, so the usual service comes first', () => {
    expect(searchServices('stream')[0]!.id).toBe('kinesis-data-streams')
    expect(searchServices('video')[0]!.id).toBe('kinesis-video-streams')
  })
})
