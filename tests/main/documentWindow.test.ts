import { describe, expect, it } from 'vitest'
import { createDocumentWindow } from '../../src/main/documentWindow'
import { windowTitle } from '../../src/shared/ipc/windowTitle'
import { IPC_EVENTS } from '../../src/shared/ipc/channels'
import { fakeApp, fakeWindow, ipcHarness } from './harness'

function setup() {
  const page = fakeWindow()
  const app = fakeApp(() => [page])
  const documentWindow = createDocumentWindow({ app })
  documentWindow.attach(page.window)
  const closeRequests = () =>
    page.send.mock.calls.filter(([channel]) => channel === IPC_EVENTS.onCloseRequested)
  return { page, app, documentWindow, closeRequests }
}

describe('window title and unsaved-changes marker', () => {
  it('shows the name, a bullet when dirty, and Untitled for a nameless diagram', () => {
    expect(windowTitle({ name: 'Clickstream', dirty: false })).toBe('Clickstream — Pipewright')
    expect(windowTitle({ name: 'Clickstream', dirty: true })).toBe('• Clickstream — Pipewright')
    expect(windowTitle({ name: '', dirty: true })).toBe('• Untitled — Pipewright')
  })

  it('setDocumentState sets the title and the macOS edited dot, and keeps the page <title> from replacing it', async () => {
    const ipc = await ipcHarness()
    expect(ipc.page.pageTitleUpdated()).toBe(true)
    await expect(
      ipc.invoke('setDocumentState', { name: 'Clickstream', dirty: true })
    ).resolves.toEqual({ ok: true })
    expect(ipc.page.setTitle).toHaveBeenLastCalledWith('• Clickstream — Pipewright')
    expect(ipc.page.setDocumentEdited).toHaveBeenLastCalledWith(true)
    expect(ipc.page.pageTitleUpdated()).toBe(false)
    await ipc.invoke('setDocumentState', { name: 'Clickstream', dirty: false })
    expect(ipc.page.setTitle).toHaveBeenLastCalledWith('Clickstream — Pipewright')
    expect(ipc.page.setDocumentEdited).toHaveBeenLastCalledWith(false)
  })
})

describe('closing with unsaved changes', () => {
  it('closes at once when the document is clean', () => {
    const { page, documentWindow, closeRequests } = setup()
    documentWindow.setDocumentState({ name: 'a', dirty: false })
    page.window.close()
    expect(page.isClosed()).toBe(true)
    expect(closeRequests()).toHaveLength(0)
  })

  it('holds a dirty window open and asks the page, which closes it with confirmClose', async () => {
    const ipc = await ipcHarness()
    await ipc.invoke('setDocumentState', { name: 'a', dirty: true })

    ipc.page.window.close()

    expect(ipc.page.isClosed()).toBe(false)
    // No payload at all: the page gets nothing but the request.
    expect(ipc.page.send.mock.calls).toEqual([[IPC_EVENTS.onCloseRequested]])
    await expect(ipc.invoke('confirmClose')).resolves.toEqual({ ok: true })
    expect(ipc.page.isClosed()).toBe(true)
    expect(ipc.app.quit).not.toHaveBeenCalled()
  })

  it('a canceled close leaves the window open and asks again next time', () => {
    const { page, documentWindow, closeRequests } = setup()
    documentWindow.setDocumentState({ name: 'a', dirty: true })
    page.window.close()
    page.window.close()
    expect(page.isClosed()).toBe(false)
    expect(closeRequests()).toHaveLength(2)
  })

  it('closes without asking once the page reports the changes saved', () => {
    const { page, documentWindow, closeRequests } = setup()
    documentWindow.setDocumentState({ name: 'a', dirty: true })
    documentWindow.setDocumentState({ name: 'a', dirty: false })
    page.window.close()
    expect(page.isClosed()).toBe(true)
    expect(closeRequests()).toHaveLength(0)
  })

  it('holds a quit, asks the page, and quits once it confirms', () => {
    const { page, app, documentWindow, closeRequests } = setup()
    documentWindow.setDocumentState({ name: 'a', dirty: true })

    app.quit()
    expect(app.quitted).toBe(false)
    expect(page.isClosed()).toBe(false)
    expect(closeRequests()).toHaveLength(1)

    documentWindow.confirmClose()
    expect(page.isClosed()).toBe(true)
    expect(app.quitted).toBe(true)
  })

  it('a plain close after a canceled quit closes only the window', () => {
    const { page, app, documentWindow } = setup()
    documentWindow.setDocumentState({ name: 'a', dirty: true })
    app.quit() // the user cancels in the page
    page.window.close()
    documentWindow.confirmClose()
    expect(page.isClosed()).toBe(true)
    expect(app.quit).toHaveBeenCalledTimes(1)
  })

  it('quits at once when the document is clean', () => {
    const { page, app, closeRequests } = setup()
    app.quit()
    expect(app.quitted).toBe(true)
    expect(page.isClosed()).toBe(true)
    expect(closeRequests()).toHaveLength(0)
  })

  it('lets the window close when its page has crashed and can no longer answer', () => {
    const { page, documentWindow, closeRequests } = setup()
    documentWindow.setDocumentState({ name: 'a', dirty: true })
    page.crashPage()
    page.window.close()
    expect(page.isClosed()).toBe(true)
    expect(closeRequests()).toHaveLength(0)
  })

  it('a new window starts clean', () => {
    const { page, documentWindow } = setup()
    documentWindow.setDocumentState({ name: 'a', dirty: true })
    documentWindow.confirmClose()
    const next = fakeWindow()
    documentWindow.attach(next.window)
    next.window.close()
    expect(page.isClosed()).toBe(true)
    expect(next.isClosed()).toBe(true)
  })
})
