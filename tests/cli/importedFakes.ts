import type { ServiceId } from '../../src/shared/catalog/services'
import { CURRENT_DIAGRAM_VERSION, DIAGRAM_FORMAT } from '../../src/shared/diagram/schema'
import type { Diagram } from '../../src/shared/diagram/types'
import type {
  ImportOutcomeResult,
  ImportReportEntry
} from '../../src/shared/interchange/import/importReport'

/**
 * What an importer hands the CLI, built by hand so the CLI's own behaviour (where it writes, what
 * it prints, which exit code) is tested whatever state the importers are in. The real importers
 * are run on the fixtures in importFixtures.test.ts.
 */
function diagramOf(
  name: string,
  nodes: [string, ServiceId][],
  edges: [string, string, string][]
): Diagram {
  return {
    format: DIAGRAM_FORMAT,
    version: CURRENT_DIAGRAM_VERSION,
    name,
    nodes: nodes.map(([id, service]) => ({
      id,
      service,
      label: id,
      position: { x: 0, y: 0 }
    })),
    edges: edges.map(([id, source, target]) => ({ id, source, target }))
  }
}

const RESOURCE_TYPES: Partial<Record<ServiceId, string>> = {
  'kinesis-data-streams': 'AWS::Kinesis::Stream',
  'kinesis-firehose': 'AWS::KinesisFirehose::DeliveryStream',
  s3: 'AWS::S3::Bucket',
  lambda: 'AWS::Lambda::Function'
}

/**
 * ClickStream → ArchiveDelivery → ArchiveBucket, and a DeliveryRole that is not drawn. `wrong`
 * adds ClickStream → ArchiveBucket, which AWS does not document (a stream cannot write to S3).
 */
export function templateImport(fileName: string, wrong = false): ImportOutcomeResult {
  const nodes: [string, ServiceId][] = [
    ['ClickStream', 'kinesis-data-streams'],
    ['ArchiveDelivery', 'kinesis-firehose'],
    ['ArchiveBucket', 's3']
  ]
  const edges: [string, string, string][] = [
    ['ClickStream-ArchiveDelivery', 'ClickStream', 'ArchiveDelivery'],
    ['ArchiveDelivery-ArchiveBucket', 'ArchiveDelivery', 'ArchiveBucket']
  ]
  if (wrong) edges.push(['ClickStream-ArchiveBucket', 'ClickStream', 'ArchiveBucket'])
  const entries: ImportReportEntry[] = [
    ...nodes.map(([id, service]) => ({
      sourceId: id,
      sourceType: RESOURCE_TYPES[service]!,
      outcome: 'node' as const,
      // One sentence names the node it drew, as importers' sentences may; the others do not.
      detail: id === 'ArchiveBucket' ? 'Drawn as node ArchiveBucket.' : `A ${service} node.`,
      nodeIds: [id]
    })),
    {
      sourceId: 'DeliveryRole',
      sourceType: 'AWS::IAM::Role',
      outcome: 'not-pipeline',
      detail: 'An IAM role: permissions, not a data flow.'
    }
  ]
  return {
    ok: true,
    diagram: diagramOf('clickstream', nodes, edges),
    report: {
      kind: 'cloudformation',
      fileName,
      entries,
      suggestions: [
        {
          source: 'ArchiveDelivery',
          target: 'ClickStream',
          evidence: 'DeliveryRole allows kinesis:GetRecords on !GetAtt ClickStream.Arn'
        }
      ],
      remarks: ['Condition IsProd was read but not evaluated.']
    }
  }
}

/** One diagram per page: page i has a Lambda writing to S3, ids prefixed with the page number. */
export function drawioImport(fileName: string, page = 0): ImportOutcomeResult {
  const p = `p${page + 1}`
  return {
    ok: true,
    diagram: diagramOf(
      `page ${page + 1}`,
      [
        [`${p}-fn`, 'lambda'],
        [`${p}-bucket`, 's3']
      ],
      [[`${p}-edge`, `${p}-fn`, `${p}-bucket`]]
    ),
    report: {
      kind: 'drawio',
      fileName,
      entries: [
        {
          sourceId: `${p}-fn`,
          sourceType: 'mxgraph.aws4.lambda',
          outcome: 'node',
          detail: 'A Lambda function.'
        },
        {
          sourceId: `${p}-bucket`,
          sourceType: 'mxgraph.aws4.s3',
          outcome: 'node',
          detail: 'An S3 bucket.'
        },
        { sourceId: `${p}-edge`, sourceType: 'edge', outcome: 'edge', detail: 'An arrow.' }
      ],
      suggestions: [],
      remarks: []
    }
  }
}

/** An mxfile with these page names (the CLI reads the names; the fake importer the rest). */
export function mxfileWithPages(names: string[]): string {
  const pages = names
    .map(
      (name, i) =>
        `  <diagram id="d${i}" name="${name.replace(/&/g, '&amp;')}"><mxGraphModel><root><mxCell id="0"/></root></mxGraphModel></diagram>`
    )
    .join('\n')
  return `<mxfile host="app.diagrams.net">\n${pages}\n</mxfile>\n`
}
