import { awsDoc, type Citation } from './citations'
import type { ServiceId } from './services'

/**
 * Services that read data where it lies and answer queries: they push no records on, so an edge
 * out of one carries its query results, and a fix must say where those results go.
 */
export interface QueryEngine {
  /** What the service is, as a clause: "a query engine: it runs SQL …". */
  what: string
  /** Where its results go, as a clause. */
  results: string
  /** The service its results land in, when another service can read them there, and what it is to the engine. */
  resultsIn?: { service: ServiceId; role: string }
  citation: Citation
}

export const QUERY_ENGINES: Partial<Record<ServiceId, QueryEngine>> = {
  athena: {
    what: 'a query engine: it runs SQL over data where it lies in S3 and pushes no records on',
    results: 'it writes each query’s results to the S3 query result location you set',
    resultsIn: { service: 's3', role: 'its query result location' },
    citation: awsDoc(
      'https://docs.aws.amazon.com/athena/latest/ug/creating-databases-prerequisites.html',
      'Athena: create a query output location ("a bucket in Amazon S3 to hold your Athena query results")'
    )
  },
  'redshift-spectrum': {
    what: 'a query engine inside Amazon Redshift: it reads files in S3 where they lie, without loading them, and pushes no records on',
    results: 'its results come back to the Redshift cluster that ran the query',
    resultsIn: { service: 'redshift', role: 'where its results land' },
    citation: awsDoc(
      'https://docs.aws.amazon.com/redshift/latest/dg/c-using-spectrum.html',
      'Redshift Spectrum: query files in Amazon S3 "without having to load the data into Amazon Redshift tables"'
    )
  },
  quicksight: {
    what: 'a business intelligence (BI) service: it reads from its data sources to draw dashboards and pushes no records on',
    results: 'its results are dashboards people look at, which no other service reads',
    citation: awsDoc(
      'https://docs.aws.amazon.com/quicksight/latest/developerguide/welcome.html',
      'QuickSight: "a cloud-scale business intelligence (BI) service"'
    )
  }
}
