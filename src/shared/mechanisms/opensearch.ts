import { awsDoc } from '../catalog/citations'
import { link, type Mechanism } from './types'

const PIPELINE_CAVEAT =
  'It runs through an OpenSearch Ingestion pipeline (billed in OCUs): draw the pipeline to see and price it.'

export const OPENSEARCH: readonly Mechanism[] = [
  {
    id: 'osi-sources',
    name: 'OpenSearch Ingestion sources',
    owner: 'opensearch-ingestion',
    carries: 'data',
    label: 'OpenSearch Ingestion source',
    citation: awsDoc(
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/pipeline-config-reference.html',
      'OpenSearch Ingestion: supported plugins (sources: DocumentDB, DynamoDB, HTTP, Kafka, Kinesis, S3, …)'
    ),
    links: [
      link(['kinesis-data-streams'], ['opensearch-ingestion'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client-kinesis.html',
          'OpenSearch Ingestion: Kinesis Data Streams as a source'
        )
      }),
      link(['msk'], ['opensearch-ingestion'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client-msk.html',
          'OpenSearch Ingestion: Amazon MSK as a source'
        )
      }),
      link(['s3'], ['opensearch-ingestion'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client-s3.html',
          'OpenSearch Ingestion: S3 as a source'
        )
      }),
      link(['dynamodb'], ['opensearch-ingestion'], {
        label: 'zero-ETL (DynamoDB source)',
        note: 'An initial snapshot needs point-in-time recovery and Streams; streaming alone needs Streams.',
        citation: awsDoc(
          'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client-ddb.html',
          'OpenSearch Ingestion: DynamoDB zero-ETL source'
        )
      }),
      link(['dynamodb-streams'], ['opensearch-ingestion'], {
        label: 'zero-ETL (DynamoDB stream)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client-ddb.html',
          'OpenSearch Ingestion: DynamoDB zero-ETL source'
        )
      }),
      link(['documentdb'], ['opensearch-ingestion'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client-docdb.html',
          'OpenSearch Ingestion: DocumentDB as a source'
        )
      }),
      link(['producer-app'], ['opensearch-ingestion'], { label: 'HTTP / OpenTelemetry source' }),
      link(['rds'], ['opensearch-ingestion'], {
        label: 'Aurora / RDS source (MySQL, PostgreSQL)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/aurora-mysql.html',
          'OpenSearch Ingestion: Aurora MySQL as a source'
        )
      }),
      link(['opensearch'], ['opensearch-ingestion'], {
        label: 'OpenSearch source (reindex or migrate)'
      })
    ]
  },
  {
    id: 'osi-sinks',
    name: 'OpenSearch Ingestion sinks',
    owner: 'opensearch-ingestion',
    carries: 'data',
    label: 'OpenSearch Ingestion sink',
    citation: awsDoc(
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/pipeline-config-reference.html',
      'OpenSearch Ingestion: supported plugins (sinks: OpenSearch, S3)'
    ),
    exhaustive: true,
    links: [link(['opensearch-ingestion'], ['opensearch', 's3'])]
  },
  {
    id: 'opensearch-snapshots',
    name: 'OpenSearch snapshots to S3',
    owner: 'opensearch',
    carries: 'data',
    label: 'snapshot repository',
    citation: awsDoc(
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-snapshots.html',
      'OpenSearch Service: index snapshots in S3'
    ),
    links: [link(['opensearch'], ['s3'], { notABridge: true })]
  },
  {
    id: 'opensearch-alerting',
    name: 'OpenSearch alerting notification channels',
    owner: 'opensearch',
    carries: 'notification',
    label: 'alerting notification',
    citation: awsDoc(
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/alerting.html',
      'OpenSearch Service: alerting (SNS notification channels)'
    ),
    links: [link(['opensearch'], ['sns'])]
  },
  {
    id: 'opensearch-implicit-pipeline',
    name: 'OpenSearch Service integrations (through a pipeline)',
    owner: 'opensearch',
    carries: 'data',
    label: 'OpenSearch Ingestion pipeline',
    citation: awsDoc(
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client.html',
      'OpenSearch Ingestion: pipeline integrations'
    ),
    links: [
      link(['kinesis-data-streams'], ['opensearch'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client-kinesis.html',
          'OpenSearch Ingestion: Kinesis Data Streams as a source'
        ),
        caveat: `The seed says OpenSearch "integrates with Kinesis"; it needs an OpenSearch Ingestion pipeline (billed in OCUs) or Firehose in between.`,
        notABridge: true
      }),
      link(['s3'], ['opensearch'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client-s3.html',
          'OpenSearch Ingestion: S3 as a source'
        ),
        caveat:
          'The seed says OpenSearch "integrates with S3"; loading documents needs an OpenSearch Ingestion pipeline or a Lambda function (OpenSearch can also query S3 in place through a direct-query data source).',
        notABridge: true
      }),
      link(['dynamodb', 'documentdb'], ['opensearch'], {
        label: 'zero-ETL integration',
        note: 'AWS runs it as an OpenSearch Ingestion pipeline (billed in OCUs): draw the pipeline to price it.',
        notABridge: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client-ddb.html',
          'OpenSearch: DynamoDB zero-ETL integration'
        )
      }),
      link(['msk', 'rds'], ['opensearch'], {
        label: 'pipeline integration',
        caveat: PIPELINE_CAVEAT,
        notABridge: true
      })
    ]
  }
]
