import { describe, expect, it } from 'vitest'
import { formatCitation } from '../../../src/shared/catalog/citations'
import { QUERY_ENGINES } from '../../../src/shared/catalog/queryEngines'
import { SERVICE_IDS, type ServiceId } from '../../../src/shared/catalog/services'
import { checkServicePair, citationText } from '../../../src/shared/validation/edgeCheck'
import { validateDiagram } from '../../../src/shared/validation/validator'
import { diagram, edge, node } from '../helpers'

describe('fix texts for pairs out of a query engine', () => {
  it('say Athena is a query engine that pushes no records, and that its results go to S3', () => {
    // Issue 11: athena → lambda is now a Lambda UDF (athena/latest/ug/querying-udf.html), so the
    // example is a target Athena's results reach only through S3.
    const check = checkServicePair('athena', 'redshift')
    expect(check.verdict).toBe('error')
    expect(check.reason).toContain('Amazon Athena is a query engine')
    expect(check.reason).toContain('pushes no records on')
    expect(check.reason).toContain('query result location')
    expect(check.reason).toContain(
      'insert Amazon S3 (its query result location): Amazon Athena → Amazon S3 → Amazon Redshift.'
    )
    expect(check.insert).toEqual(['s3'])
    expect(citationText(check)).toContain(
      'https://docs.aws.amazon.com/athena/latest/ug/creating-databases-prerequisites.html'
    )
  })

  it('say Redshift Spectrum queries S3 from Redshift, where its results land', () => {
    const check = checkServicePair('redshift-spectrum', 's3')
    expect(check.reason).toContain('Redshift Spectrum is a query engine inside Amazon Redshift')
    expect(check.reason).toContain(
      'insert Amazon Redshift (where its results land): Redshift Spectrum → Amazon Redshift → Amazon S3.'
    )
    expect(check.insert).toEqual(['redshift'])
    expect(citationText(check)).toContain(
      'https://docs.aws.amazon.com/redshift/latest/dg/c-using-spectrum.html'
    )
  })

  it('say QuickSight is a BI dashboard service and point at the sources it reads', () => {
    const check = checkServicePair('quicksight', 'lambda')
    expect(check.reason).toContain('Amazon QuickSight is a business intelligence (BI) service')
    expect(check.reason).toContain('dashboards')
    // S3 feeds both QuickSight and Lambda: connect that instead.
    expect(check.reason).toMatch(
      /Connect one of the sources Amazon QuickSight reads \(.*Amazon S3.*\) to AWS Lambda instead\./
    )
    expect(check.insert).toBeUndefined()
    expect(citationText(check)).toContain(
      'https://docs.aws.amazon.com/quicksight/latest/developerguide/welcome.html'
    )
  })

  it('explain every undocumented pair out of each engine, each citing an AWS page', () => {
    for (const source of Object.keys(QUERY_ENGINES) as ServiceId[]) {
      for (const target of SERVICE_IDS) {
        const check = checkServicePair(source, target)
        if (check.verdict !== 'error' || source === target) continue
        expect(check.reason, `${source} → ${target}`).toMatch(
          / is (a query engine|a business intelligence)/
        )
        expect(check.reason, `${source} → ${target}`).not.toMatch(/\b[a-z]+-[a-z-]+ →/)
        expect(formatCitation(check.citation!), `${source} → ${target}`).toMatch(
          /\(https:\/\/docs\.aws\.amazon\.com\//
        )
      }
    }
  })

  it('reach the problem list with the fix that inserts the results location', () => {
    const d = diagram([node('q', 'athena'), node('fn', 'redshift')], [edge('q', 'fn')])
    const problem = validateDiagram(d).problems.find((p) => p.code === 'not-integrated')!
    expect(problem.message).toContain('query result location')
    expect(problem.fix).toMatchObject({ kind: 'insert-services', services: ['s3'] })
  })
})

describe('query engine drawn backwards', () => {
  it('an edge from QuickSight to S3, which QuickSight reads, says to draw it the other way round', () => {
    const check = checkServicePair('quicksight', 's3')
    expect(check.verdict).toBe('error')
    expect(check.reason).toContain(
      'Amazon QuickSight reads from Amazon S3, not the other way round: draw the edge from Amazon S3 to Amazon QuickSight.'
    )
    expect(check.reason).not.toContain('to Amazon S3 instead')
  })

  it('a chain of several services is listed with commas, not a run of "and"s', () => {
    // Issue 11: Glue reads Redshift and writes DynamoDB (Glue ETL connection types), so the
    // results no longer detour through S3 and DMS, which has no business with a warehouse's results.
    expect(checkServicePair('redshift-spectrum', 'dynamodb').insert).toEqual([
      'redshift',
      'glue-etl'
    ])
    const check = checkServicePair('redshift-spectrum', 'kinesis-firehose')
    expect(check.reason).toContain(
      'insert Amazon Redshift (where its results land), Amazon S3 and AWS Lambda:'
    )
  })
})
