import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

/** An edge from a key service means the key protects the target's data; it carries no data itself. */
export const KEYS: readonly Mechanism[] = [
  {
    id: 'kms-encryption',
    name: 'KMS encryption at rest',
    owner: 'kms',
    carries: 'keys',
    label: 'encryption key',
    citation: awsDoc(
      'https://docs.aws.amazon.com/kms/latest/developerguide/service-integration.html',
      'KMS: AWS services integrated with KMS'
    ),
    links: [
      link(['kms'], ['s3'], { label: 'SSE-KMS', citation: SEED.s3Encryption }),
      link(['kms'], ['emr'], { label: 'EMR encryption (LUKS key)', citation: SEED.emrEncryption }),
      link(['kms'], ['redshift'], { label: 'cluster encryption', citation: SEED.kms }),
      link(['kms'], ['msk'], { label: 'encryption at rest', citation: SEED.mskSecurity }),
      link(
        ['kms'],
        [
          'kinesis-data-streams',
          'kinesis-firehose',
          'kinesis-video-streams',
          'dynamodb',
          'sqs',
          'sns',
          'rds',
          'opensearch',
          'lambda',
          'glue-etl',
          'glue-data-catalog',
          'athena',
          'sagemaker',
          'documentdb',
          'timestream',
          'elasticache',
          'kinesis-data-analytics',
          'dms',
          'step-functions',
          'cloudwatch-logs',
          'eventbridge',
          'eventbridge-pipes',
          'mwaa',
          'opensearch-ingestion',
          's3-tables',
          'quicksight',
          'glue-databrew',
          'glue-crawler'
        ]
      )
    ]
  },
  {
    id: 'cloudhsm-key-stores',
    name: 'CloudHSM key stores',
    owner: 'cloudhsm',
    carries: 'keys',
    label: 'custom key store',
    citation: awsDoc(
      'https://docs.aws.amazon.com/kms/latest/developerguide/keystore-cloudhsm.html',
      'KMS: AWS CloudHSM key stores'
    ),
    links: [
      link(['cloudhsm'], ['kms']),
      link(['cloudhsm'], ['redshift'], {
        label: 'HSM key management',
        citation: awsDoc(
          'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html',
          'Redshift database encryption (KMS or HSM)'
        )
      })
    ]
  }
]
