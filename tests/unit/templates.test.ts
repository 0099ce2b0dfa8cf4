import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ServiceId } from '../../src/shared/catalog/services'
import { loadDiagram } from '../../src/shared/diagram/loadDiagram'
import { CURRENT_DIAGRAM_VERSION } from '../../src/shared/diagram/schema'
import type { Diagram } from '../../src/shared/diagram/types'
import { estimateDiagram } from '../../src/shared/estimation/estimate'
import { validateDiagram } from '../../src/shared/validation/validator'
import { REPO_DIR } from './helpers'

/** The "New from template" gallery: reference architectures under resources/templates/. */
const TEMPLATES_DIR = `${REPO_DIR}resources/templates/`
const CARD = { width: 190, height: 60 }

interface IndexEntry {
  file: string
  title: string
  description: string
}

const index = JSON.parse(readFileSync(`${TEMPLATES_DIR}index.json`, 'utf8')) as IndexEntry[]
const files = readdirSync(TEMPLATES_DIR)
  .filter((f) => f.endsWith('.pipewright.json'))
  .sort()

function load(file: string): Diagram {
  const loaded = loadDiagram(readFileSync(`${TEMPLATES_DIR}${file}`, 'utf8'))
  if (!loaded.ok) throw new Error(`${file}: ${loaded.error.message}`)
  return loaded.diagram
}

const diagrams = new Map(files.map((f) => [f, load(f)]))

/** Services that add traffic of their own and the settings that say how much. */
const STREAM_SOURCES: ReadonlySet<ServiceId> = new Set([
  'producer-app',
  'kinesis-agent',
  'iot-devices',
  'cloudwatch-logs'
])
const BATCH_SOURCES: ReadonlySet<ServiceId> = new Set([
  'snowball',
  'datasync',
  'on-prem-database',
  'dms'
])
/** Orchestrators and permission services: their edges start jobs or grant access and carry no data, so nothing feeds them. */
const CONTROL_ONLY: ReadonlySet<ServiceId> = new Set(['mwaa', 'lake-formation'])

function hasTraffic(config: Record<string, unknown> | undefined, service: ServiceId): boolean {
  if (!config) return false
  if (STREAM_SOURCES.has(service))
    return typeof config.recordsPerSecond === 'number' && config.recordsPerSecond > 0
  return typeof config.gbPerDay === 'number' && config.gbPerDay > 0
}

/** `a>b` for every edge, by service. */
function servicePairs(d: Diagram): Set<string> {
  const byId = new Map(d.nodes.map((n) => [n.id, n.service]))
  return new Set(d.edges.map((e) => `${byId.get(e.source)}>${byId.get(e.target)}`))
}

/** Each required architecture, recognised by the integrations that characterise it. */
const REQUIRED: Record<string, { all: string[]; any?: string[] }> = {
  'clickstream ingestion to a queryable data lake': {
    all: [
      'producer-app>kinesis-data-streams',
      'kinesis-data-streams>kinesis-firehose',
      'kinesis-firehose>s3',
      's3>glue-crawler',
      'glue-crawler>glue-data-catalog',
      'glue-data-catalog>athena',
      's3>athena',
      'athena>quicksight'
    ]
  },
  'IoT telemetry': {
    all: ['iot-devices>iot-core', 'iot-core>kinesis-data-streams', 'iot-core>dynamodb'],
    any: ['iot-core>s3', 'kinesis-firehose>s3']
  },
  'log analytics into OpenSearch with an S3 backup': {
    all: ['kinesis-firehose>opensearch', 'kinesis-firehose>s3'],
    any: ['cloudwatch-logs>kinesis-firehose', 'kinesis-agent>kinesis-firehose']
  },
  'real-time analytics with Managed Flink': {
    all: ['kinesis-data-streams>kinesis-data-analytics'],
    any: ['kinesis-data-analytics>kinesis-firehose', 'kinesis-data-analytics>lambda']
  },
  'database change data capture with DMS': {
    all: ['on-prem-database>dms'],
    any: ['dms>kinesis-data-streams', 'dms>s3']
  },
  'S3 event-driven pipeline': { all: ['s3>sqs', 'sqs>lambda', 'lambda>dynamodb'] },
  'batch data lake with EMR and Redshift Spectrum': {
    all: [
      's3>emr',
      'emr>s3',
      's3>glue-crawler',
      'glue-crawler>glue-data-catalog',
      'glue-data-catalog>redshift-spectrum',
      's3>redshift-spectrum',
      'redshift-spectrum>redshift',
      'redshift>quicksight'
    ]
  },
  'API ingestion through API Gateway, EventBridge and Pipes': {
    all: [
      'producer-app>api-gateway',
      'api-gateway>kinesis-data-streams',
      'kinesis-data-streams>eventbridge-pipes',
      's3>eventbridge'
    ],
    any: ['eventbridge-pipes>step-functions', 'eventbridge-pipes>lambda']
  },
  'Iceberg lakehouse on S3 Tables': {
    all: [
      'kinesis-firehose>s3-tables',
      's3-tables>athena',
      'lake-formation>athena',
      'mwaa>glue-etl',
      'glue-etl>s3-tables',
      'kinesis-firehose>snowflake',
      'kinesis-firehose>http-endpoint'
    ]
  },
  'search ingestion with OpenSearch Ingestion': {
    all: ['opensearch-ingestion>opensearch'],
    any: [
      'msk>opensearch-ingestion',
      'dynamodb>opensearch-ingestion',
      'kinesis-data-streams>opensearch-ingestion'
    ]
  },
  // Issue 11: Rekognition streaming video is closed to new customers, so the template analyses
  // the frames Kinesis Video Streams delivers to S3 instead of reading the stream.
  'video to Rekognition / SageMaker': {
    all: [
      'kinesis-video-streams>s3',
      's3>rekognition-video',
      'kinesis-video-streams>sagemaker',
      's3>sagemaker'
    ],
    any: ['producer-app>kinesis-video-streams', 'iot-devices>kinesis-video-streams']
  }
}

describe('template gallery index', () => {
  it('lists exactly the template files present, at least 8', () => {
    expect(index.map((e) => e.file).sort()).toEqual(files)
    expect(files.length).toBeGreaterThanOrEqual(8)
  })

  it('has only file, title and description, all non-empty', () => {
    for (const entry of index) {
      expect(Object.keys(entry).sort()).toEqual(['description', 'file', 'title'])
      expect(entry.title.trim()).not.toBe('')
      expect(entry.description.trim()).not.toBe('')
      expect(entry.description).not.toContain('\n')
    }
  })

  it('has unique titles, descriptions and diagram names', () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length)
    unique(index.map((e) => e.title))
    unique(index.map((e) => e.description))
    unique([...diagrams.values()].map((d) => d.name))
  })

  it.each(Object.entries(REQUIRED))('includes %s', (_name, { all, any }) => {
    const matches = [...diagrams.entries()].filter(([, d]) => {
      const pairs = servicePairs(d)
      return all.every((p) => pairs.has(p)) && (!any || any.some((p) => pairs.has(p)))
    })
    expect(matches.map(([f]) => f)).not.toEqual([])
  })
})

describe.each(files)('template %s', (file) => {
  const diagram = diagrams.get(file)!

  it('is a named diagram file, 2-space JSON, that loads at the current version', () => {
    const text = readFileSync(`${TEMPLATES_DIR}${file}`, 'utf8')
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`)
    const raw = JSON.parse(text) as { format: string; version: number }
    expect(raw.format).toBe('pipewright/diagram')
    // Written as version 2; older versions are migrated forward on load.
    expect(raw.version).toBeGreaterThanOrEqual(2)
    expect(raw.version).toBeLessThanOrEqual(CURRENT_DIAGRAM_VERSION)
    expect(diagram.version).toBe(CURRENT_DIAGRAM_VERSION)
    expect(diagram.name.trim()).not.toBe('')
  })

  it('validates with zero errors and zero warnings', () => {
    const result = validateDiagram(diagram)
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(result.counts.error).toBe(0)
    expect(result.problems).toEqual([])
    expect([...result.edges.values()].every((e) => e.verdict === 'ok')).toBe(true)
  })

  it('estimates with no problems and a positive monthly cost', () => {
    const estimate = estimateDiagram(
      diagram,
      diagram.pricing ? { overrides: diagram.pricing.overrides } : {}
    )
    expect(estimate.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(estimate.problems).toEqual([])
    expect(estimate.totalMonthlyCostUSD).toBeGreaterThan(0)
  })

  it('gives every source its traffic, and every node a label', () => {
    const fed = new Set(diagram.edges.map((e) => e.target))
    for (const n of diagram.nodes) {
      expect(n.label?.trim(), n.id).toBeTruthy()
      expect(n.label!.length, n.id).toBeLessThanOrEqual(24)
      const isSource = !fed.has(n.id)
      if (isSource && !CONTROL_ONLY.has(n.service)) {
        expect(
          STREAM_SOURCES.has(n.service) || BATCH_SOURCES.has(n.service),
          `${n.id} (${n.service}) starts the flow but adds no traffic`
        ).toBe(true)
      }
      // Stream sources always add their own traffic; a batch source only when nothing feeds it.
      if (STREAM_SOURCES.has(n.service) || (isSource && BATCH_SOURCES.has(n.service))) {
        expect(hasTraffic(n.config, n.service), `${n.id} has no traffic settings`).toBe(true)
      }
    }
    const sourceNodes = diagram.nodes.filter((n) => !fed.has(n.id) && !CONTROL_ONLY.has(n.service))
    expect(sourceNodes.length).toBeGreaterThan(0)
  })

  it('uses readable slug ids', () => {
    for (const n of diagram.nodes) expect(n.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
    for (const e of diagram.edges) expect(e.id).toMatch(/^[a-z0-9-]+$/)
  })

  it('has no overlapping node cards', () => {
    const nodes = diagram.nodes
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!.position
        const b = nodes[j]!.position
        const overlap = Math.abs(a.x - b.x) < CARD.width && Math.abs(a.y - b.y) < CARD.height
        expect(overlap, `${nodes[i]!.id} overlaps ${nodes[j]!.id}`).toBe(false)
      }
    }
  })

  it('is laid out left to right in data-flow order', () => {
    const byId = new Map(diagram.nodes.map((n) => [n.id, n]))
    for (const e of diagram.edges) {
      expect(byId.get(e.target)!.position.x, e.id).toBeGreaterThan(byId.get(e.source)!.position.x)
    }
  })
})
