import { describe, expect, it } from 'vitest'
import { migrateToCurrent, MIGRATIONS } from '../../../src/shared/diagram/migrations'
import { CURRENT_DIAGRAM_VERSION } from '../../../src/shared/diagram/schema'

describe('migrations', () => {
  it('has one step for every version below the current one, and none above', () => {
    const versions = Object.keys(MIGRATIONS).map(Number).sort((a, b) => a - b)
    expect(versions).toEqual(Array.from({ length: CURRENT_DIAGRAM_VERSION - 1 }, (_, i) => i + 1))
  })

  it('leaves a current-version document as it is', () => {
    const doc = { format: 'pipewright/diagram', version: CURRENT_DIAGRAM_VERSION, name: 'x', nodes: [], edges: [] }
    expect(migrateToCurrent(doc, CURRENT_DIAGRAM_VERSION)).toEqual(doc)
  })
})
