import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

export const DMS: readonly Mechanism[] = [
  {
    id: 'dms-source-endpoints',
    name: 'DMS source endpoints',
    owner: 'dms',
    carries: 'data',
    label: 'DMS source endpoint',
    citation: awsDoc(
      'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Introduction.Sources.html',
      'DMS: sources for data migration (no DynamoDB source)'
    ),
    exhaustive: true,
    membersOnly: true,
    links: [
      link(['on-prem-database', 'rds', 'documentdb'], ['dms'], { citation: SEED.dms }),
      link(['s3'], ['dms'], {
        note: 'DMS reads CSV or Parquet files from S3 for a migration; it is not a streaming path.',
        oneOff: true
      })
    ]
  },
  {
    id: 'dms-target-endpoints',
    name: 'DMS target endpoints',
    owner: 'dms',
    carries: 'data',
    label: 'DMS target endpoint',
    citation: awsDoc(
      'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Introduction.Targets.html',
      'DMS: targets for data migration'
    ),
    exhaustive: true,
    instead: 'write with Lambda or a Glue job from a service DMS does deliver to',
    links: [
      link(['dms'], ['s3'], { citation: SEED.s3 }),
      link(['dms'], ['dynamodb'], { citation: SEED.dynamodb }),
      link(['dms'], ['rds', 'redshift', 'kinesis-data-streams', 'opensearch', 'msk', 'documentdb']),
      link(['dms'], ['on-prem-database'], {
        label: 'DMS target endpoint (on-premises or EC2 database)',
        note: 'At least one endpoint of a migration must be on AWS.'
      }),
      link(['dms'], ['timestream'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Timestream.html',
          'DMS: Amazon Timestream as a target'
        )
      }),
      link(['dms'], ['elasticache'], {
        label: 'DMS target endpoint (Redis OSS)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Redis.html',
          'DMS: Redis OSS as a target'
        )
      })
    ]
  }
]
