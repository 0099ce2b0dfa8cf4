import { describe, expect, it } from 'vitest'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import { migrateToCurrent, migrateV1toV2, MIGRATIONS } from '../../../src/shared/diagram/migrations'
import { serializeDiagram } from '../../../src/shared/diagram/saveDiagram'
import { readFixture } from '../helpers'
import { CURRENT_DIAGRAM_VERSION } from '../../../src/shared/diagram/schema'

describe('migrations', () => {
  it('has one step for every version below the current one, and none above', () => {
    const versions = Object.keys(MIGRATIONS)
      .map(Number)
      .sort((a, b) => a - b)
    expect(versions).toEqual(Array.from({ length: CURRENT_DIAGRAM_VERSION - 1 }, (_, i) => i + 1))
  })

  it('v1 → v2 keeps every node, edge and setting and only raises the version', () => {
    const v1 = JSON.parse(readFixture('v1-format.pipewright.json'))
    const v2 = migrateV1toV2(v1)
    expect(v2.version).toBe(2)
    expect({ ...v2, version: 1 }).toEqual(v1)
    expect(v1.version).toBe(1) // the input is not mutated
  })

  it('loads a version 1 file as the current version and re-saves it in the current format without loss', () => {
    const loaded = loadDiagram(readFixture('v1-format.pipewright.json'))
    if (!loaded.ok) throw new Error(loaded.error.message)
    expect(loaded.diagram.version).toBe(CURRENT_DIAGRAM_VERSION)
    expect(loaded.diagram.nodes.map((n) => n.id)).toEqual(['app', 'stream', 'fn'])
    expect(loaded.diagram.nodes[0]!.config).toEqual({ recordsPerSecond: 500, recordSizeKB: 2 })
    const resaved = JSON.parse(serializeDiagram(loaded.diagram))
    expect(resaved.version).toBe(CURRENT_DIAGRAM_VERSION)
    expect(resaved.edges).toEqual(JSON.parse(readFixture('v1-format.pipewright.json')).edges)
  })

  it('keeps well-formed price overrides found in a version 1 file rather than dropping them', () => {
    const v1 = JSON.parse(readFixture('v1-format.pipewright.json'))
    const withPricing = JSON.stringify({
      ...v1,
      pricing: { region: 'us-east-1', overrides: { 'kds.shardHour': 0.01 } }
    })
    // Migrated to v2 the field becomes legal: a v1 file could not have held it, but the field
    // itself is well-formed, so it is accepted rather than silently dropped.
    const loaded = loadDiagram(withPricing)
    expect(loaded.ok).toBe(true)
  })

  it('round-trips price overrides in sorted order, and refuses unknown ids and negative prices', () => {
    const base = JSON.parse(readFixture('v1-format.pipewright.json'))
    const doc = {
      ...base,
      version: CURRENT_DIAGRAM_VERSION,
      pricing: {
        region: 'us-east-1',
        overrides: { 'lambda.requestsMillion': 0.1, 'kds.shardHour': 0.01 }
      }
    }
    const loaded = loadDiagram(JSON.stringify(doc))
    if (!loaded.ok) throw new Error(loaded.error.message)
    const text = serializeDiagram(loaded.diagram)
    expect(text.indexOf('"kds.shardHour"')).toBeLessThan(text.indexOf('"lambda.requestsMillion"'))
    expect(loadDiagram(text)).toEqual(loaded)
    const unknown = loadDiagram(
      JSON.stringify({
        ...doc,
        pricing: { region: 'us-east-1', overrides: { 'kds.shardMinute': 1 } }
      })
    )
    expect(unknown.ok || unknown.error.path).toBe('pricing.overrides')
    expect(unknown.ok || unknown.error.message).toContain('"kds.shardMinute"')
    const negative = loadDiagram(
      JSON.stringify({
        ...doc,
        pricing: { region: 'us-east-1', overrides: { 'kds.shardHour': -1 } }
      })
    )
    expect(negative.ok || negative.error.message).toMatch(/between 0 and/)
  })

  it('leaves a current-version document as it is', () => {
    const doc = {
      format: 'pipewright/diagram',
      version: CURRENT_DIAGRAM_VERSION,
      name: 'x',
      nodes: [],
      edges: []
    }
    expect(migrateToCurrent(doc, CURRENT_DIAGRAM_VERSION)).toEqual(doc)
  })
})
