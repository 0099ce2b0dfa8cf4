import type { Diagram, DiagramNote } from '../types'
import { type Point, roundPoint } from './items'
import { frameUnder } from './nodes'

export const DEFAULT_NOTE_SIZE = { width: 200, height: 110 } as const

/** Adds a sticky note of the default size; dropped inside a frame, it belongs to the frame. */
export function addNote(diagram: Diagram, note: { id: string; position: Point }): Diagram {
  const parentId = frameUnder(diagram, note.position, DEFAULT_NOTE_SIZE)
  const added: DiagramNote = {
    id: note.id,
    text: 'Note',
    position: roundPoint(note.position),
    size: { ...DEFAULT_NOTE_SIZE },
    ...(parentId !== undefined ? { parentId } : {})
  }
  return { ...diagram, notes: [...(diagram.notes ?? []), added] }
}

export function updateNote(
  diagram: Diagram,
  id: string,
  patch: Partial<Pick<DiagramNote, 'text'>>
): Diagram {
  if (!diagram.notes?.some((n) => n.id === id)) return diagram
  return {
    ...diagram,
    notes: diagram.notes.map((n) => (n.id === id ? { ...n, ...patch } : n))
  }
}
