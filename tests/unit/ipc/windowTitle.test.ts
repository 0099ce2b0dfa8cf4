import { describe, expect, it } from 'vitest'
import { windowTitle } from '../../../src/shared/ipc/windowTitle'

describe('the window title', () => {
  it('names the document and the app', () => {
    expect(windowTitle({ name: 'Clickstream', dirty: false })).toBe('Clickstream — Pipewright')
  })

  it('marks unsaved changes', () => {
    expect(windowTitle({ name: 'Clickstream', dirty: true })).toBe('• Clickstream — Pipewright')
  })

  it('calls an unnamed document Untitled', () => {
    expect(windowTitle({ name: '', dirty: false })).toBe('Untitled — Pipewright')
  })
})
