import { describe, expect, it } from 'vitest'
import {
  DIAGRAM_EXTENSION,
  diagramFileName,
  safeFileStem
} from '../../../src/shared/diagram/fileNames'

describe('file names from diagram names', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileStem('Clickstream analytics')).toBe('Clickstream analytics')
  })

  it('replaces folder separators and characters Windows refuses, one by one', () => {
    expect(safeFileStem('../../etc/passwd')).toBe('-..-etc-passwd')
    expect(safeFileStem('a:b*c?"d"<e>|f\\g')).toBe('a-b-c--d--e--f-g')
    expect(safeFileStem('tab\there')).toBe('tab-here')
  })

  it('drops leading and trailing dots and spaces', () => {
    expect(safeFileStem('  .hidden.  ')).toBe('hidden')
  })

  it('drops an extension of ours so it is not doubled', () => {
    expect(safeFileStem('Clickstream.json')).toBe('Clickstream')
    expect(safeFileStem('Clickstream.PIPEWRIGHT.JSON')).toBe('Clickstream')
    expect(safeFileStem('Clickstream.png')).toBe('Clickstream')
    expect(safeFileStem('Clickstream.svg')).toBe('Clickstream')
    // The template and bill-of-materials exports are named by their stem too: no "x.csv.csv".
    expect(safeFileStem('Clickstream.yaml')).toBe('Clickstream')
    expect(safeFileStem('Clickstream bill of materials.CSV')).toBe('Clickstream bill of materials')
    expect(safeFileStem('Clickstream bill of materials.md')).toBe('Clickstream bill of materials')
    expect(safeFileStem('notes.txt')).toBe('notes.txt')
  })

  it('falls back to a name when nothing usable is left', () => {
    expect(safeFileStem('')).toBe('Untitled pipeline')
    expect(safeFileStem(' . ')).toBe('Untitled pipeline')
  })

  it('keeps a name to 200 characters', () => {
    expect(safeFileStem('x'.repeat(500))).toHaveLength(200)
  })

  it('gives the diagram file name with the diagram extension', () => {
    expect(DIAGRAM_EXTENSION).toBe('.pipewright.json')
    expect(diagramFileName('Orders')).toBe('Orders.pipewright.json')
    expect(diagramFileName('Orders.pipewright.json')).toBe('Orders.pipewright.json')
  })
})
