import { describe, expect, it } from 'vitest'
import { formatEstimateText } from '../../../src/cli/estimateCommand'
import { integrationRows } from '../../../src/shared/mechanisms/integrationMatrix'
import { SERVICE_IDS, type ServiceId } from '../../../src/shared/catalog/services'
import type { Diagram } from '../../../src/shared/diagram/types'
import { costLineText } from '../../../src/shared/estimation/costLine'
import { estimateDiagram } from '../../../src/shared/estimation/estimate'
import {
  FIGURE_LABELS,
  figureText,
  figureValueText,
  labelledFigures
} from '../../../src/shared/estimation/figureLabels'
import { diagram, edge, node } from '../helpers'

/** Settings that make sizers take their other branches (capacity modes, serverless, conversion). */
const VARIANTS: Partial<Record<ServiceId, Array<Record<string, string | number>>>> = {
  'kinesis-data-streams': [
    { capacityMode: 'provisioned' },
    { capacityMode: 'on-demand', retentionHours: 8760 },
    { capacityMode: 'on-demand-advantage', retentionHours: 48 },
    { capacityMode: 'provisioned', shards: 1 }
  ],
  dynamodb: [{ capacityMode: 'provisioned', readsPerSecond: 50 }, { capacityMode: 'on-demand' }],
  redshift: [{ deployment: 'serverless' }, { deployment: 'provisioned' }],
  'kinesis-firehose': [{ formatConversion: 'parquet' }],
  'kcl-app': [{ instances: 0 }]
}

/** Every documented pair with traffic flowing through it, each service in each of its variants. */
function everyPairWithTraffic(): Diagram[] {
  const out: Diagram[] = []
  for (const row of integrationRows()) {
    for (const config of [{}, ...(VARIANTS[row.source] ?? []), ...(VARIANTS[row.target] ?? [])]) {
      out.push(
        diagram(
          [
            node('p', 'producer-app', { config: { recordsPerSecond: 2000, recordSizeKB: 3 } }),
            node('a', row.source, { config: VARIANTS[row.source] ? config : {} }),
            node('b', row.target, { config: VARIANTS[row.target] ? config : {} })
          ],
          [edge('p', 'a'), edge('a', 'b')]
        )
      )
    }
  }
  // A KPL producer with a peak, into a stream and on to each consumer.
  for (const row of integrationRows().filter((r) => r.source === 'kinesis-data-streams')) {
    out.push(
      diagram(
        [
          node('p', 'producer-app', {
            config: {
              recordsPerSecond: 2000,
              peakRecordsPerSecond: 6000,
              recordSizeKB: 0.5,
              kplAggregation: true
            }
          }),
          node('a', 'kinesis-data-streams'),
          node('b', row.target)
        ],
        [edge('p', 'a'), edge('a', 'b')]
      )
    )
  }
  // And every service on its own, with nothing feeding it.
  for (const id of SERVICE_IDS) out.push(diagram([node('solo', id)]))
  return out
}

/** A camelCase word such as `putsPerSecond`: what a raw key looks like on screen. */
const RAW_KEY = /\b[a-z]+[A-Z][A-Za-z]*\b/

describe('figure labels', () => {
  const diagrams = everyPairWithTraffic()
  const estimates = diagrams.map((d) => ({ d, e: estimateDiagram(d) }))

  it('has a label for every figure the estimator reports for any service', () => {
    const seen = new Set<string>()
    const services = new Set<string>()
    for (const { e } of estimates) {
      for (const n of e.nodes) {
        services.add(n.service)
        for (const key of Object.keys(n.capacity)) seen.add(key)
      }
    }
    expect(services.size).toBe(SERVICE_IDS.length)
    expect([...seen].filter((k) => !(k in FIGURE_LABELS))).toEqual([])
    // And no entry is dead: each label is for a figure the estimator does report.
    expect(Object.keys(FIGURE_LABELS).filter((k) => !seen.has(k))).toEqual([])
  })

  it('leaves no raw key in what the inspector, the cost lines or the CLI show', () => {
    const raw = new Set<string>()
    const check = (text: string) => {
      const m = RAW_KEY.exec(text)
      if (m) raw.add(`${m[0]} in "${text.slice(0, 120)}"`)
    }
    for (const { d, e } of estimates) {
      for (const n of e.nodes) {
        for (const f of labelledFigures(n.capacity)) check(`${f.label}: ${f.value}`)
        for (const x of n.explanations) check(x)
        for (const i of n.lineItems) check(`${i.item}: ${costLineText(i)}`)
        for (const a of n.alternatives ?? []) check(a.label)
        if (n.badge) check(n.badge)
      }
      // A bad setting's "setting:" line names its key in the file on purpose (nodes[1].config.shards),
      // as does an unknown setting's message: it has no label, only the key as typed.
      check(
        formatEstimateText('file.json', d, e)
          .replace(/^ +setting: .*$/gm, '')
          .replace(/"[^"]+" is not a setting/g, '')
      )
    }
    expect([...raw]).toEqual([])
  })

  it('reads a figure with its unit, singular or plural', () => {
    expect(figureText('writeCapacityUnits', 3000)).toBe('Write capacity: 3,000 WCU')
    expect(figureText('storedGB', 2531.25)).toBe('Data stored: 2,531.25 GB')
    expect(figureText('putsPerSecond', 0.2)).toBe('PUT requests: 0.2 per second')
    expect(figureText('messagesPerSecond', 30)).toBe('Metered messages: 30 per second')
    expect(figureValueText('dpus', 1)).toBe('1 DPU')
    expect(figureValueText('dpus', 10)).toBe('10 DPUs')
    expect(figureValueText('shards', 3)).toBe('3')
  })
})
