import { describe, expect, it } from 'vitest'
import { EDGE_CONFIG, readServiceConfig } from '../../../src/shared/estimation/serviceConfig'
import { diagram, edge, node } from '../helpers'
import { estimate, nodeEstimate } from './estimateHelpers'

describe('readServiceConfig', () => {
  it('fills in defaults for a missing config', () => {
    expect(readServiceConfig('producer-app', undefined)).toEqual({
      value: { recordsPerSecond: 100, recordSizeKB: 1, kplAggregation: false }
    })
    expect(readServiceConfig('kinesis-data-streams', {}).value).toEqual({
      capacityMode: 'provisioned',
      retentionHours: 24,
      maxRecordSizeKB: 1024
    })
    expect(readServiceConfig('dynamodb', {}).value).toMatchObject({
      capacityMode: 'on-demand',
      readConsistency: 'eventual',
      readsPerSecond: 0
    })
    expect(readServiceConfig('lambda', {}).value).toMatchObject({
      memoryMB: 512,
      avgDurationMs: 100,
      parallelizationFactor: 1,
      outputRatio: 1
    })
  })

  it('keeps valid settings and fills the rest', () => {
    const r = readServiceConfig('kinesis-data-streams', { capacityMode: 'on-demand', shards: 4 })
    expect(r.error).toBeUndefined()
    expect(r.value).toEqual({
      capacityMode: 'on-demand',
      retentionHours: 24,
      maxRecordSizeKB: 1024,
      shards: 4
    })
  })

  it('reports an invalid value by key, uses its default and keeps the other settings', () => {
    const r = readServiceConfig('producer-app', { recordsPerSecond: -5, recordSizeKB: 4 })
    expect(r.error).toMatch(/^recordsPerSecond: /)
    expect(r.value).toEqual({ recordsPerSecond: 100, recordSizeKB: 4, kplAggregation: false })
  })

  it('refuses values outside the documented ranges', () => {
    expect(readServiceConfig('lambda', { parallelizationFactor: 11 }).error).toMatch(
      /^parallelizationFactor: /
    )
    expect(readServiceConfig('kinesis-data-streams', { retentionHours: 8761 }).error).toMatch(
      /^retentionHours: /
    )
    expect(readServiceConfig('kinesis-data-streams', { shards: 2.5 }).error).toMatch(/^shards: /)
    expect(readServiceConfig('dynamodb', { readConsistency: 'sometimes' }).error).toMatch(
      /^readConsistency: /
    )
  })

  it("defaults an edge to shared throughput and to its pair's default mechanism", () => {
    expect(EDGE_CONFIG.parse({})).toEqual({ enhancedFanOut: false })
  })

  it("names an edge's mechanism by id, labelled for people", () => {
    expect(EDGE_CONFIG.parse({ mechanism: 'kcl-consumer-output' })).toEqual({
      enhancedFanOut: false,
      mechanism: 'kcl-consumer-output'
    })
    expect(EDGE_CONFIG.shape.mechanism.meta()).toMatchObject({ label: 'Mechanism' })
    for (const bad of [42, true, null, {}, [], '', 'x'.repeat(101)]) {
      expect(
        EDGE_CONFIG.safeParse({ mechanism: bad }).success,
        JSON.stringify(bad).slice(0, 20)
      ).toBe(false)
    }
  })
})

describe('invalid settings in an estimate', () => {
  it('reports invalid-config as an error with its place in the file, and estimates with the default', () => {
    const d = diagram([
      node('p', 'producer-app', { config: { recordsPerSecond: -5, recordSizeKB: 4 } })
    ])
    const e = estimate(d)
    const p = nodeEstimate(e, 'p').problems.find((x) => x.code === 'invalid-config')
    expect(p?.severity).toBe('error')
    expect(p?.nodeId).toBe('p')
    expect(p?.path).toBe('nodes[0].config.recordsPerSecond')
    expect(p?.citation).toContain('docs/diagram-rules.md#invalid-config')
    // Named as the inspector labels it, not by its key in the file.
    expect(p?.message).toMatch(/^A setting is invalid \(Records per second: /)
    expect(p?.message).not.toContain('recordsPerSecond')
    expect(e.problems.map((x) => x.code)).toContain('invalid-config')
    // default 100 records/s × the valid 4 KB = 400 KB/s ÷ 1,024 = 0.390625 MB/s
    expect(nodeEstimate(e, 'p').throughput.outRecordsPerSecond).toBe(100)
    expect(nodeEstimate(e, 'p').throughput.outMBps).toBe(0.390625)
  })

  it('reports a setting the service does not have, by its place in the file', () => {
    const e = estimate(diagram([node('p', 'producer-app', { config: { recordsPerSec: 5 } })]))
    const p = e.problems.find((x) => x.code === 'unknown-setting')!
    expect(p).toMatchObject({
      severity: 'warning',
      nodeId: 'p',
      path: 'nodes[0].config.recordsPerSec'
    })
    expect(p.message).toContain('"recordsPerSec" is not a setting of')
  })

  it('checks edge settings too: a string for a boolean is an error, an unknown key a warning', () => {
    const d = diagram(
      [node('p', 'producer-app'), node('k', 'kinesis-data-streams'), node('fn', 'lambda')],
      [
        edge('p', 'k'),
        edge('k', 'fn', { id: 'read', config: { enhancedFanOut: 'yes', fanout: true } })
      ]
    )
    const e = estimate(d)
    expect(e.problems.find((x) => x.code === 'invalid-config')).toMatchObject({
      severity: 'error',
      edgeId: 'read',
      path: 'edges[1].config.enhancedFanOut'
    })
    expect(e.problems.find((x) => x.code === 'unknown-setting')).toMatchObject({
      severity: 'warning',
      edgeId: 'read',
      path: 'edges[1].config.fanout'
    })
  })

  it('has no invalid-config warning for a valid config', () => {
    const e = estimate(diagram([node('p', 'producer-app', { config: { recordsPerSecond: 5 } })]))
    expect(e.problems).toEqual([])
  })
})
