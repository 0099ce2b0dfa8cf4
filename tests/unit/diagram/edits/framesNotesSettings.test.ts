import { describe, expect, it } from 'vitest'
import {
  addGroup,
  addNote,
  DEFAULT_GROUP_SIZE,
  DEFAULT_NOTE_SIZE,
  setName,
  setPriceOverride,
  updateGroup,
  updateNote
} from '../../../../src/shared/diagram/edits'
import { diagram, node } from '../../helpers'

const d = diagram([node('a', 's3')])

describe('frames', () => {
  it('adds a frame of the default size named for its kind, nested when dropped in another', () => {
    const one = addGroup(d, { id: 'r', kind: 'region', position: { x: 0.4, y: 0 } })
    expect(one.groups).toEqual([
      {
        id: 'r',
        kind: 'region',
        label: 'AWS Region (us-east-1)',
        position: { x: 0, y: 0 },
        size: DEFAULT_GROUP_SIZE
      }
    ])
    const two = addGroup(one, { id: 'v', kind: 'vpc', position: { x: 10, y: 10 } })
    expect(two.groups?.[1]?.parentId).toBe('r')
  })

  it('updates a frame, and leaves the diagram alone for one it does not have', () => {
    const one = addGroup(d, { id: 'r', kind: 'region', position: { x: 0, y: 0 } })
    expect(updateGroup(one, 'r', { label: 'Prod' }).groups?.[0]?.label).toBe('Prod')
    expect(updateGroup(one, 'x', { label: 'Prod' })).toBe(one)
  })
})

describe('notes', () => {
  it('adds a note of the default size and changes its text', () => {
    const one = addNote(d, { id: 'n', position: { x: 5, y: 5 } })
    expect(one.notes).toEqual([
      { id: 'n', text: 'Note', position: { x: 5, y: 5 }, size: DEFAULT_NOTE_SIZE }
    ])
    expect(updateNote(one, 'n', { text: 'Hello' }).notes?.[0]?.text).toBe('Hello')
    expect(updateNote(one, 'x', { text: 'Hello' })).toBe(one)
  })
})

describe('settings of the diagram', () => {
  it('sets and clears a price override; no overrides means no pricing section', () => {
    const priced = setPriceOverride(d, 's3.standardGBMonth', 0.02)
    expect(priced.pricing).toEqual({
      region: 'us-east-1',
      overrides: { 's3.standardGBMonth': 0.02 }
    })
    expect('pricing' in setPriceOverride(priced, 's3.standardGBMonth', undefined)).toBe(false)
  })

  it('renames, and the same name is no edit', () => {
    expect(setName(d, 'Orders').name).toBe('Orders')
    expect(setName(d, d.name)).toBe(d)
  })
})
