import type { ServiceId } from '../../src/shared/catalog/services'
import { CURRENT_DIAGRAM_VERSION, DIAGRAM_FORMAT } from '../../src/shared/diagram/schema'
import type { Diagram } from '../../src/shared/diagram/types'
import type {
  ImportOutcomeResult,
  ImportReport,
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

/** The page names of an mxfile written by mxfileWithPages, as a draw.io importer lists them. */
export function pageNamesIn(bytes: Uint8Array): string[] {
  const text = new TextDecoder().decode(bytes)
  return [...text.matchAll(/<diagram id="[^"]*" name="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&')
  )
}

/**
 * One diagram per page, as the draw.io importer gives it (the report lists every page): page i
 * has a Lambda writing to S3, ids prefixed with the page number. A page the file does not have
 * is refused, 0-based as the importer counts.
 */
export function drawioImport(
  fileName: string,
  page = 0,
  pageNames: string[] = []
): ImportOutcomeResult {
  // A bare <mxGraphModel>, or a file with no page names found, is one page.
  const names = pageNames.length > 0 ? pageNames : ['Page-1']
  if (page >= names.length)
    return {
      ok: false,
      message: `${fileName} has ${names.length} pages; page ${page} does not exist.`
    }
  const p = `p${page + 1}`
  const report: ImportReport = {
    kind: 'drawio' as const,
    fileName,
    entries: [
      {
        sourceId: `${p}-fn`,
        sourceType: 'mxgraph.aws4.lambda',
        outcome: 'node' as const,
        detail: 'A Lambda function.'
      },
      {
        sourceId: `${p}-bucket`,
        sourceType: 'mxgraph.aws4.s3',
        outcome: 'node' as const,
        detail: 'An S3 bucket.'
      },
      { sourceId: `${p}-edge`, sourceType: 'edge', outcome: 'edge' as const, detail: 'An arrow.' },
      {
        sourceId: `${p}-vpc`,
        sourceType: 'mxgraph.aws4.group_vpc',
        outcome: 'frame' as const,
        detail: 'A VPC group.',
        groupIds: [`${p}-vpc`]
      }
    ],
    suggestions: [],
    remarks: [],
    pages: names.map((name, index) => ({ index, name })),
    page
  }
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
    report
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
