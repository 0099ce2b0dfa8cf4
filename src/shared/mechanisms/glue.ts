import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

const CONNECTIONS = awsDoc(
  'https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-connect.html',
  'Glue: connection types and options for ETL (sources and sinks)'
)
const CRAWLER_STORES = awsDoc(
  'https://docs.aws.amazon.com/glue/latest/dg/crawler-data-stores.html',
  'Glue: data stores a crawler can crawl (not data streams)'
)
const S3_TABLES_ANALYTICS = awsDoc(
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-integrating-aws.html',
  'Amazon S3 Tables: integration with AWS analytics services (through the Glue Data Catalog)'
)

export const GLUE: readonly Mechanism[] = [
  {
    id: 'glue-etl-read',
    name: 'Glue ETL connection types (read)',
    owner: 'glue-etl',
    carries: 'data',
    label: 'Glue ETL source',
    citation: CONNECTIONS,
    links: [
      link(['s3', 'dynamodb'], ['glue-etl'], { citation: SEED.glueSources }),
      link(['rds', 'on-prem-database'], ['glue-etl'], {
        label: 'JDBC connection',
        citation: SEED.glueSources
      }),
      link(['redshift', 'documentdb', 'opensearch', 'snowflake'], ['glue-etl']),
      link(['kinesis-data-streams'], ['glue-etl'], {
        label: 'Glue streaming ETL source',
        citation: awsDoc(
          'https://docs.aws.amazon.com/glue/latest/dg/add-job-streaming.html',
          'Glue: streaming ETL jobs'
        )
      }),
      link(['msk'], ['glue-etl'], {
        label: 'Glue streaming ETL source',
        citation: SEED.mskConsumers
      }),
      link(['s3-tables'], ['glue-etl'], {
        label: 'Iceberg table source',
        citation: S3_TABLES_ANALYTICS
      })
    ]
  },
  {
    id: 'glue-etl-write',
    name: 'Glue ETL connection types (write)',
    owner: 'glue-etl',
    carries: 'data',
    label: 'Glue ETL target',
    citation: CONNECTIONS,
    links: [
      link(['glue-etl'], ['s3', 'redshift'], { citation: SEED.glue }),
      link(
        ['glue-etl'],
        [
          'rds',
          'dynamodb',
          'documentdb',
          'opensearch',
          'kinesis-data-streams',
          'msk',
          'snowflake',
          'on-prem-database'
        ]
      ),
      link(['glue-etl'], ['s3-tables'], {
        label: 'Iceberg table target',
        citation: S3_TABLES_ANALYTICS
      })
    ]
  },
  {
    id: 'glue-crawler-data-stores',
    name: 'Glue crawler data stores',
    owner: 'glue-crawler',
    carries: 'metadata',
    label: 'crawler data store',
    citation: CRAWLER_STORES,
    links: [
      link(['s3'], ['glue-crawler'], { citation: SEED.glueSources }),
      link(['dynamodb'], ['glue-crawler'], { citation: SEED.dynamodb }),
      link(['rds', 'redshift'], ['glue-crawler'], { citation: SEED.glue }),
      link(['on-prem-database'], ['glue-crawler'], {
        label: 'JDBC crawler',
        citation: SEED.glueSources
      }),
      link(['snowflake'], ['glue-crawler'], { label: 'JDBC crawler' }),
      link(['documentdb'], ['glue-crawler'], { label: 'MongoDB-compatible crawler' })
    ]
  },
  {
    id: 'glue-catalog-writes',
    name: 'Glue Data Catalog writers (tables and partitions)',
    owner: 'glue-data-catalog',
    carries: 'metadata',
    label: 'writes tables and partitions',
    citation: awsDoc(
      'https://docs.aws.amazon.com/glue/latest/dg/catalog-and-crawler.html',
      'Glue: data discovery and cataloging'
    ),
    links: [
      link(['glue-crawler'], ['glue-data-catalog'], {
        label: 'crawler writes tables',
        citation: SEED.glueSources
      }),
      link(['glue-etl'], ['glue-data-catalog'], {
        label: 'Glue ETL target (catalog tables)',
        citation: SEED.glue
      }),
      link(['emr'], ['glue-data-catalog'], {
        label: 'Hive / Spark metastore writes',
        citation: awsDoc(
          'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-hive-metastore-glue.html',
          'EMR: using the Glue Data Catalog as the metastore for Hive'
        )
      }),
      link(['athena'], ['glue-data-catalog'], {
        label: 'DDL (CREATE TABLE, partitions)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/athena/latest/ug/data-sources-glue.html',
          'Athena: connect to data with the Glue Data Catalog'
        )
      }),
      link(['s3-tables'], ['glue-data-catalog'], {
        label: 'table bucket catalog integration',
        citation: S3_TABLES_ANALYTICS
      }),
      link(['glue-databrew'], ['glue-data-catalog'], {
        label: 'recipe job output (catalog table)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/databrew/latest/dg/jobs.recipe.html',
          'DataBrew: recipe job outputs'
        )
      }),
      link(['lambda'], ['glue-data-catalog'], {
        label: 'CreateTable / BatchCreatePartition (SDK)',
        customCode: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/glue/latest/webapi/API_BatchCreatePartition.html',
          'Glue API: BatchCreatePartition'
        )
      })
    ]
  },
  {
    id: 'glue-catalog-metastore',
    name: 'Glue Data Catalog as a metastore',
    owner: 'glue-data-catalog',
    carries: 'metadata',
    label: 'table metadata',
    citation: awsDoc(
      'https://docs.aws.amazon.com/glue/latest/dg/catalog-and-crawler.html',
      'Glue: data discovery and cataloging'
    ),
    links: [
      link(['glue-data-catalog'], ['athena', 'redshift-spectrum'], { citation: SEED.glueSources }),
      link(['glue-data-catalog'], ['emr'], { label: 'Hive metastore', citation: SEED.glueSources }),
      link(['glue-data-catalog'], ['glue-etl'], {
        label: 'catalog tables as job sources',
        citation: SEED.glue
      }),
      link(['glue-data-catalog'], ['glue-databrew'], {
        label: 'DataBrew dataset',
        citation: SEED.glue
      }),
      link(['glue-data-catalog'], ['redshift'], {
        label: 'auto-mounted awsdatacatalog',
        citation: awsDoc(
          'https://docs.aws.amazon.com/redshift/latest/mgmt/query-editor-v2-glue.html',
          'Redshift: querying the AWS Glue Data Catalog'
        )
      })
    ]
  },
  {
    id: 'glue-triggers',
    name: 'Glue triggers and workflows',
    owner: 'glue-etl',
    carries: 'control',
    label: 'trigger (on completion)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/glue/latest/dg/about-triggers.html',
      'Glue: triggers start jobs and crawlers'
    ),
    links: [link(['glue-etl'], ['glue-crawler', 'glue-etl']), link(['glue-crawler'], ['glue-etl'])]
  },
  {
    id: 'glue-zero-etl-s3-tables',
    name: 'Glue zero-ETL integrations (S3 Tables target)',
    owner: 's3-tables',
    carries: 'data',
    label: 'zero-ETL integration',
    citation: awsDoc(
      'https://docs.aws.amazon.com/glue/latest/dg/zero-etl-target.html',
      'Glue: zero-ETL integration targets (S3 Tables, Redshift)'
    ),
    links: [link(['dynamodb'], ['s3-tables'], { notABridge: true })]
  },
  {
    id: 'databrew-datasets',
    name: 'DataBrew datasets',
    owner: 'glue-databrew',
    carries: 'data',
    label: 'DataBrew dataset',
    citation: SEED.glue,
    links: [
      link(['s3', 'redshift', 'rds'], ['glue-databrew']),
      link(['on-prem-database', 'snowflake'], ['glue-databrew'], {
        label: 'DataBrew dataset (JDBC)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/databrew/latest/dg/jdbc-drivers.html',
          'DataBrew: JDBC drivers for datasets'
        )
      })
    ]
  },
  {
    id: 'databrew-outputs',
    name: 'DataBrew recipe job outputs',
    owner: 'glue-databrew',
    carries: 'data',
    label: 'recipe job output',
    citation: awsDoc(
      'https://docs.aws.amazon.com/databrew/latest/dg/jobs.recipe.html',
      'DataBrew: recipe job outputs'
    ),
    links: [
      link(['glue-databrew'], ['s3'], { citation: SEED.s3 }),
      link(['glue-databrew'], ['redshift', 'rds', 'snowflake'])
    ]
  }
]
