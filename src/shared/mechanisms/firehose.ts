import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

const DESTINATIONS = awsDoc(
  'https://docs.aws.amazon.com/firehose/latest/dev/create-name.html',
  'Firehose: choose source and destination for your Firehose stream'
)

export const FIREHOSE: readonly Mechanism[] = [
  {
    id: 'firehose-sources',
    name: 'Firehose sources',
    owner: 'kinesis-firehose',
    carries: 'data',
    label: 'Firehose source',
    citation: DESTINATIONS,
    links: [
      link(['kinesis-data-streams'], ['kinesis-firehose'], {
        label: 'Kinesis Data Streams source',
        citation: SEED.kdf
      }),
      link(['msk'], ['kinesis-firehose'], {
        label: 'MSK source',
        citation: awsDoc(
          'https://docs.aws.amazon.com/firehose/latest/dev/writing-with-msk.html',
          'Firehose: Amazon MSK as a source'
        )
      }),
      link(['producer-app', 'kinesis-agent'], ['kinesis-firehose'], {
        label: 'Direct PUT',
        citation: SEED.kdf
      }),
      link(['rds', 'on-prem-database'], ['kinesis-firehose'], {
        label: 'database source (change data capture)',
        caveat:
          'The database source is in preview: AWS advises against production use, and it delivers only to Apache Iceberg tables.',
        notABridge: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/firehose/latest/dev/database-as-source-iceberg.html',
          'Firehose: replicate database changes to Apache Iceberg tables (preview)'
        )
      }),
      link(['elasticache'], ['kinesis-firehose'], {
        label: 'Direct PUT (Redis SLOWLOG)',
        notABridge: true
      })
    ]
  },
  {
    id: 'firehose-destinations',
    name: 'Firehose destinations',
    owner: 'kinesis-firehose',
    carries: 'data',
    label: 'Firehose delivery',
    citation: awsDoc(
      'https://docs.aws.amazon.com/firehose/latest/dev/basic-deliver.html',
      'Firehose: understand data delivery (each destination)'
    ),
    exhaustive: true,
    instead:
      'consume the upstream stream or queue with AWS Lambda (an event source mapping) or a KCL application instead of Firehose',
    insteadOverDetour: true,
    links: [
      link(['kinesis-firehose'], ['s3', 'redshift', 'opensearch', 'splunk'], {
        citation: SEED.connected
      }),
      link(['kinesis-firehose'], ['http-endpoint', 'snowflake'], { citation: DESTINATIONS }),
      link(['kinesis-firehose'], ['s3-tables'], {
        label: 'Firehose delivery (Apache Iceberg tables)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/firehose/latest/dev/apache-iceberg-destination.html',
          'Firehose: deliver data to Apache Iceberg tables'
        )
      })
    ]
  },
  {
    id: 'firehose-transformation',
    name: 'Firehose data transformation',
    owner: 'kinesis-firehose',
    carries: 'data',
    label: 'data transformation',
    citation: awsDoc(
      'https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html',
      'Firehose: transform source data with Lambda'
    ),
    hook: true,
    links: [
      link(['kinesis-firehose'], ['lambda'], {
        citation: SEED.kdf,
        note: 'Firehose invokes the function on each buffer and delivers what it returns; the function forwards nothing itself.'
      })
    ]
  },
  {
    id: 'firehose-format-conversion',
    name: 'Firehose record format conversion',
    owner: 'kinesis-firehose',
    carries: 'metadata',
    label: 'record format conversion schema',
    citation: awsDoc(
      'https://docs.aws.amazon.com/firehose/latest/dev/record-format-conversion.html',
      'Firehose: convert record format with a Glue table'
    ),
    links: [link(['glue-data-catalog'], ['kinesis-firehose'])]
  }
]
