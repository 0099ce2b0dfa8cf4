import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ServiceId } from '../../../../src/shared/catalog/services'
import type { Config } from '../../../../src/shared/diagram/types'
import { loadDiagram } from '../../../../src/shared/diagram/loadDiagram'
import { exportTemplate } from '../../../../src/shared/interchange/cloudformation/exportTemplate'
import { INTEGRATION_ROWS } from '../../../../src/shared/mechanisms/integrationMatrix'
import { diagram, edge, node, type Mutable } from '../../helpers'
import { checkTemplate, parseTemplateYaml } from './resourceSpec'

/** Settings that change which resource or which properties a node exports as. */
const SETTINGS: Partial<Record<ServiceId, fc.Arbitrary<Config>>> = {
  'kinesis-data-streams': fc.record(
    {
      capacityMode: fc.constantFrom('provisioned', 'on-demand'),
      shards: fc.integer({ min: 1, max: 500 }),
      retentionHours: fc.integer({ min: 24, max: 8760 })
    },
    { requiredKeys: [] }
  ),
  'kinesis-firehose': fc.record(
    {
      compression: fc.constantFrom('none', 'gzip', 'snappy', 'zip'),
      formatConversion: fc.constantFrom('none', 'parquet', 'orc'),
      bufferSizeMB: fc.integer({ min: 1, max: 128 })
    },
    { requiredKeys: [] }
  ),
  lambda: fc.record(
    {
      memoryMB: fc.integer({ min: 128, max: 10240 }),
      batchSize: fc.integer({ min: 1, max: 10000 }),
      maximumBatchingWindowSeconds: fc.integer({ min: 0, max: 300 })
    },
    { requiredKeys: [] }
  ),
  msk: fc.record(
    {
      deployment: fc.constantFrom('provisioned', 'serverless'),
      brokerType: fc.constantFrom('kafka.m5.large', 'express.m7g.large')
    },
    { requiredKeys: [] }
  ),
  redshift: fc.record(
    {
      deployment: fc.constantFrom('provisioned', 'serverless'),
      nodes: fc.integer({ min: 1, max: 4 })
    },
    { requiredKeys: [] }
  ),
  dynamodb: fc.record(
    { capacityMode: fc.constantFrom('on-demand', 'provisioned') },
    { requiredKeys: [] }
  ),
  sqs: fc.record({ queueType: fc.constantFrom('standard', 'fifo') }, { requiredKeys: [] }),
  'api-gateway': fc.record({ apiType: fc.constantFrom('rest', 'http') }, { requiredKeys: [] })
}

/** Labels that collide once reduced to letters and digits, or reduce to nothing. */
const LABELS = [
  'Orders',
  'orders',
  'Orders!',
  '42 orders',
  '---',
  'Raw events',
  'Role',
  'CodeBucket',
  `${'Very long name '.repeat(13)}end`
]

const documented = INTEGRATION_ROWS

/**
 * A random diagram built only from documented pairs: a chain of rows where each row's source
 * is a service already in the diagram (or a fresh one), with random settings, labels and
 * external nodes, and sometimes a second mechanism of the same pair.
 */
const randomDiagram = fc
  .record({
    picks: fc.array(
      fc.record({
        row: fc.integer({ min: 0, max: documented.length - 1 }),
        reuseSource: fc.nat(),
        reuseTarget: fc.option(fc.nat(), { nil: undefined }),
        naming: fc.boolean()
      }),
      { minLength: 1, maxLength: 10 }
    ),
    labels: fc.array(fc.option(fc.constantFrom(...LABELS), { nil: undefined }), {
      minLength: 20,
      maxLength: 20
    }),
    external: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    settings: fc.record(
      Object.fromEntries(
        Object.entries(SETTINGS).map(([service, arb]) => [
          service,
          fc.array(arb, { minLength: 5, maxLength: 5 })
        ])
      ) as Record<string, fc.Arbitrary<Config[]>>
    )
  })
  .map(({ picks, labels, external, settings }) => {
    const nodes: ReturnType<typeof node>[] = []
    const edges: ReturnType<typeof edge>[] = []
    const nodeOf = (service: ServiceId, reuse: number | undefined) => {
      const same = nodes.filter((n) => n.service === service)
      if (reuse !== undefined && same.length > 0) return same[reuse % same.length]!
      const i = nodes.length
      const config = settings[service]?.[i % 5]
      const n = node(`n${String(i)}`, service, { x: i * 200 })
      const label = labels[i % labels.length]
      if (label !== undefined) n.label = label
      if (config && Object.keys(config).length > 0) n.config = config as Mutable<Config>
      if (external[i % external.length] && i % 3 === 0)
        n.external = { reference: `Existing${String(i)}` }
      nodes.push(n)
      return n
    }
    for (const pick of picks) {
      const row = documented[pick.row]!
      const s = nodeOf(row.source, pick.reuseSource)
      const t = nodeOf(row.target, pick.reuseTarget)
      const id = `e${String(edges.length)}`
      edges.push(
        edge(s.id, t.id, { id, ...(pick.naming ? { config: { mechanism: row.mechanismId } } : {}) })
      )
    }
    return diagram(nodes, edges, 'Random pipeline')
  })

describe('exported templates of random documented diagrams', () => {
  it('conform to the CloudFormation resource specification', () => {
    fc.assert(
      fc.property(randomDiagram, (d) => {
        const loaded = loadDiagram(JSON.stringify(d))
        if (!loaded.ok) throw new Error(loaded.error.message)
        const result = exportTemplate(loaded.diagram)
        const parsed = parseTemplateYaml(result.text)
        expect(parsed).toEqual(result.template)
        expect(checkTemplate(parsed)).toEqual([])
        const every = [
          ...result.report.resources.map((r) => r.nodeId),
          ...result.report.skipped.map((s) => s.nodeId),
          ...result.report.external.map((x) => x.nodeId)
        ]
        expect(every.sort()).toEqual(d.nodes.map((n) => n.id).sort())
        expect(result.report.edges.map((e) => e.edgeId).sort()).toEqual(
          d.edges.map((e) => e.id).sort()
        )
      }),
      { numRuns: 400 }
    )
  }, 120_000)
})
