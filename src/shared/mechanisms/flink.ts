import { awsDoc } from '../catalog/citations'
import { KDA_SQL_DELETED } from './lifecycle'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

export const FLINK: readonly Mechanism[] = [
  {
    id: 'flink-sources',
    name: 'Managed Service for Apache Flink sources',
    owner: 'kinesis-data-analytics',
    carries: 'data',
    label: 'Flink source',
    citation: awsDoc(
      'https://docs.aws.amazon.com/managed-flink/latest/java/how-sources.html',
      'Managed Service for Apache Flink: sources'
    ),
    links: [
      link(['kinesis-data-streams'], ['kinesis-data-analytics'], {
        label: 'Flink Kinesis source',
        citation: SEED.kda
      }),
      link(['msk'], ['kinesis-data-analytics'], {
        label: 'Flink Kafka source',
        citation: SEED.mskConsumers
      }),
      link(['s3'], ['kinesis-data-analytics'], {
        label: 'reference data / file source',
        citation: SEED.kda,
        notABridge: true
      })
    ]
  },
  {
    id: 'flink-sinks',
    name: 'Managed Service for Apache Flink sinks',
    owner: 'kinesis-data-analytics',
    carries: 'data',
    label: 'Flink sink connector',
    citation: awsDoc(
      'https://docs.aws.amazon.com/managed-flink/latest/java/how-sinks.html',
      'Managed Service for Apache Flink: sinks'
    ),
    links: [
      link(['kinesis-data-analytics'], ['kinesis-data-streams', 'kinesis-firehose'], {
        label: 'application output',
        citation: SEED.kda
      }),
      link(
        ['kinesis-data-analytics'],
        ['s3', 'opensearch', 'dynamodb', 'msk', 'timestream', 'sqs']
      ),
      link(['kinesis-data-analytics'], ['lambda'], {
        label: 'application output (SQL applications only)',
        citation: SEED.kda,
        lifecycle: KDA_SQL_DELETED,
        note: 'A Flink application writes to a Kinesis data stream or Firehose, which the function then reads.'
      }),
      link(['kinesis-data-analytics'], ['s3-tables'], { label: 'Flink Iceberg sink' }),
      link(['kinesis-data-analytics'], ['rds'], { label: 'Flink JDBC sink' })
    ]
  },
  {
    id: 'flink-studio-catalog',
    name: 'Managed Flink Studio catalog',
    owner: 'kinesis-data-analytics',
    carries: 'metadata',
    label: 'Studio catalog (table metadata)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_CatalogConfiguration.html',
      'Managed Service for Apache Flink API: CatalogConfiguration (Glue Data Catalog for Studio notebooks)'
    ),
    links: [link(['glue-data-catalog'], ['kinesis-data-analytics'])]
  },
  {
    id: 'kda-sql-firehose-source',
    name: 'Kinesis Data Analytics SQL streaming sources',
    owner: 'kinesis-data-analytics',
    carries: 'data',
    label: 'streaming source (SQL applications only)',
    citation: SEED.kda,
    links: [link(['kinesis-firehose'], ['kinesis-data-analytics'], { lifecycle: KDA_SQL_DELETED })]
  }
]
