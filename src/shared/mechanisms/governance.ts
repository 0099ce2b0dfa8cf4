import { awsDoc } from '../catalog/citations'
import { link, type Mechanism } from './types'

export const GOVERNANCE: readonly Mechanism[] = [
  {
    id: 'lake-formation-permissions',
    name: 'Lake Formation permissions on Data Catalog tables',
    owner: 'lake-formation',
    // Grants and vended credentials say who may read a table: no tables, partitions or data move.
    carries: 'control',
    label: 'Lake Formation permissions',
    citation: awsDoc(
      'https://docs.aws.amazon.com/lake-formation/latest/dg/service-integrations.html',
      'Lake Formation: AWS service integrations (Athena, Redshift Spectrum, EMR, Glue)'
    ),
    links: [
      link(
        ['lake-formation'],
        ['glue-data-catalog', 'athena', 'redshift-spectrum', 'emr', 'glue-etl']
      ),
      link(['lake-formation'], ['s3-tables'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/lake-formation/latest/dg/enable-s3-tables-catalog-integration.html',
          'Lake Formation: S3 Tables catalog integration'
        )
      }),
      link(['lake-formation'], ['redshift'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/redshift/latest/dg/iceberg-integration-querying.html',
          'Redshift: querying Data Catalog tables governed by Lake Formation'
        )
      }),
      link(['s3'], ['lake-formation'], {
        label: 'registered data lake location',
        citation: awsDoc(
          'https://docs.aws.amazon.com/lake-formation/latest/dg/register-data-lake.html',
          'Lake Formation: adding an Amazon S3 location to your data lake'
        )
      })
    ]
  },
  {
    id: 'lake-formation-blueprints',
    name: 'Lake Formation blueprints',
    owner: 'lake-formation',
    carries: 'data',
    label: 'blueprint (runs a Glue workflow)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/lake-formation/latest/dg/workflows-about.html',
      'Lake Formation: blueprints and workflows'
    ),
    links: [
      link(['rds', 'on-prem-database'], ['lake-formation'], { notABridge: true }),
      link(['lake-formation'], ['s3'], { notABridge: true })
    ]
  }
]
