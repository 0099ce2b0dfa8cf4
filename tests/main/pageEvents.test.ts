import { describe, expect, it, vi } from 'vitest'
import { sendToPage } from '../../src/main/pageEvents'
import { IPC_EVENTS } from '../../src/shared/ipc/channels'

function target(destroyed = false) {
  return { isDestroyed: () => destroyed, webContents: { send: vi.fn() } }
}

describe('sendToPage', () => {
  it('sends each event on its channel with its payload, and no payload for onCloseRequested', () => {
    const page = target()
    expect(sendToPage(page, 'onMenuCommand', 'save-as')).toBe(true)
    sendToPage(page, 'onOpenFile', { canceled: false, error: 'Cannot open "x".' })
    sendToPage(page, 'onCloseRequested', undefined)
    expect(page.webContents.send.mock.calls).toEqual([
      [IPC_EVENTS.onMenuCommand, 'save-as'],
      [IPC_EVENTS.onOpenFile, { canceled: false, error: 'Cannot open "x".' }],
      [IPC_EVENTS.onCloseRequested]
    ])
  })

  it('refuses a payload outside the contract, and sends nothing to a missing or destroyed window', () => {
    const page = target()
    expect(() => sendToPage(page, 'onMenuCommand', 'format-disk' as never)).toThrow()
    expect(page.webContents.send).not.toHaveBeenCalled()
    expect(sendToPage(null, 'onMenuCommand', 'new')).toBe(false)
    const gone = target(true)
    expect(sendToPage(gone, 'onMenuCommand', 'new')).toBe(false)
    expect(gone.webContents.send).not.toHaveBeenCalled()
  })
})
