import fs, { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { defaultSaveName } from '../../src/main/dialogs'
import { DIAGRAM_LIMITS } from '../../src/shared/diagram/schema'
import { type BridgeMethod, IPC_CHANNELS } from '../../src/shared/ipc/channels'
import { diagramText, ipcHarness, tempFolderPerTest, textMatching } from './harness'

const folder = tempFolderPerTest()

/** Moves a file's modification time, as another program saving it would. */
function touchLater(path: string): void {
  const later = new Date(Date.now() + 60_000)
  utimesSync(path, later, later)
}

describe('IPC handlers', () => {
  it('registers exactly one handler per bridge channel', async () => {
    const { handlers } = await ipcHarness()
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort())
  })

  it('answers getAppInfo from its own page', async () => {
    await expect((await ipcHarness()).invoke('getAppInfo')).resolves.toEqual({
      name: 'Pipewright',
      version: '0.1.0',
      platform: 'linux'
    })
  })

  it('rejects every channel when the sender is another page or a gone frame', async () => {
    const ipc = await ipcHarness()
    for (const method of Object.keys(IPC_CHANNELS) as BridgeMethod[]) {
      await expect(ipc.invokeFrom('https://evil.example/', method)).rejects.toThrow(
        /did not come from Pipewright/
      )
      await expect(ipc.invokeFrom(null, method)).rejects.toThrow(/did not come from Pipewright/)
    }
    expect(ipc.dialog.showOpenDialog).not.toHaveBeenCalled()
    expect(ipc.page.close).not.toHaveBeenCalled()
  })

  it('rejects payloads that do not match the contract on every channel', async () => {
    const ipc = await ipcHarness()
    const bad: Record<BridgeMethod, unknown> = {
      getAppInfo: { sneaky: true },
      openDiagram: 'path',
      importFile: { path: '/etc/passwd' },
      saveDiagram: { text: 42, suggestedName: 'x' },
      saveDiagramAs: { text: diagramText(), suggestedName: 'x', path: '/etc/passwd' },
      exportFile: { format: 'exe', suggestedName: 'x', text: '' },
      setDocumentState: { name: 'x', dirty: 'yes' },
      writeDraft: { id: '../../etc/passwd', name: 'x', text: diagramText() },
      listDrafts: {},
      readDraft: { id: 'short' },
      discardDraft: [],
      confirmClose: true
    }
    for (const [method, payload] of Object.entries(bad)) {
      await expect(ipc.invoke(method as BridgeMethod, payload), method).rejects.toThrow(
        /invalid request/
      )
    }
    await expect(
      ipc.invoke('saveDiagram', { text: diagramText(), suggestedName: 'x' }, 'second argument')
    ).rejects.toThrow(/invalid request/)
    expect(ipc.dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(ipc.page.close).not.toHaveBeenCalled()
  })
})

describe('saveDiagram', () => {
  // Issue 13, part 4: a path handed to one window is not a licence for another window to write it.
  it('saves without a dialog only from the window the file was opened or saved in', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    const path = join(folder.dir, 'mine.pipewright.json')
    writeFileSync(path, diagramText('mine'))
    ipc.willOpen(path)
    await ipc.invoke('openDiagram')

    const request = { text: diagramText('from elsewhere'), path, suggestedName: 'mine' }
    await expect(ipc.invokeInWindow(2, 'saveDiagram', request)).resolves.toEqual({ canceled: true })
    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    expect(readFileSync(path, 'utf8')).toBe(diagramText('mine'))

    await expect(
      ipc.invoke('saveDiagram', { ...request, text: diagramText('mine, edited') })
    ).resolves.toMatchObject({ path })
    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(1)

    // Window 2 saves a copy through its dialog; from then on that copy is its own, and only its own.
    const copy = join(folder.dir, 'copy.pipewright.json')
    ipc.willSaveAs(copy)
    await ipc.invokeInWindow(2, 'saveDiagramAs', {
      text: diagramText('copy'),
      suggestedName: 'copy'
    })
    await expect(
      ipc.invokeInWindow(2, 'saveDiagram', {
        text: diagramText('copy 2'),
        path: copy,
        suggestedName: 'copy'
      })
    ).resolves.toMatchObject({ path: copy })
    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(2)
    await expect(
      ipc.invoke('saveDiagram', { text: diagramText('copy 3'), path: copy, suggestedName: 'copy' })
    ).resolves.toEqual({ canceled: true })
    expect(readFileSync(copy, 'utf8')).toBe(diagramText('copy 2'))

    // A closed window's files go with it.
    ipc.windowPaths.forget(2)
    await ipc.invokeInWindow(2, 'saveDiagram', {
      text: diagramText('copy 4'),
      path: copy,
      suggestedName: 'copy'
    })
    expect(readFileSync(copy, 'utf8')).toBe(diagramText('copy 2'))
  })

  it('asks where to save when the path was never chosen by the user, and writes there', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    const chosen = join(folder.dir, 'chosen.pipewright.json')
    ipc.willSaveAs(chosen)
    const unknown = join(folder.dir, 'planted.json')

    const result = await ipc.invoke('saveDiagram', {
      text: diagramText(),
      path: unknown,
      suggestedName: 'My pipeline'
    })

    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    const options = ipc.dialog.showSaveDialog.mock.calls[0]![0] as { defaultPath: string }
    expect(options.defaultPath).toBe(join(folder.dir, 'My pipeline.pipewright.json'))
    expect(result).toEqual({ canceled: false, path: chosen, name: 'chosen.pipewright.json' })
    expect(readFileSync(chosen, 'utf8')).toBe(diagramText())
    expect(existsSync(unknown)).toBe(false)
    expect(ipc.recent.list()).toEqual([chosen])
  })

  it('saves again to a path chosen earlier without asking', async () => {
    const ipc = await ipcHarness()
    const path = join(folder.dir, 'a.pipewright.json')
    ipc.willSaveAs(path)
    await ipc.invoke('saveDiagram', { text: diagramText('first'), suggestedName: 'a' })
    const again = await ipc.invoke('saveDiagram', {
      text: diagramText('second'),
      path,
      suggestedName: 'a'
    })
    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    expect(ipc.dialog.showMessageBox).not.toHaveBeenCalled()
    expect(again).toMatchObject({ canceled: false, path })
    expect(readFileSync(path, 'utf8')).toBe(diagramText('second'))
  })

  it('reports a canceled dialog and writes nothing', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    await expect(
      ipc.invoke('saveDiagram', { text: diagramText(), suggestedName: 'a' })
    ).resolves.toEqual({ canceled: true })
    expect(readdirSync(folder.dir)).toEqual([])
  })

  it('refuses text that is not a diagram and leaves the file on disk untouched', async () => {
    const ipc = await ipcHarness()
    const path = join(folder.dir, 'keep.pipewright.json')
    ipc.willOpen(path)
    writeFileSync(path, diagramText('original'))
    await ipc.invoke('openDiagram')

    const result = await ipc.invoke('saveDiagram', {
      text: '{"format":"something-else"}',
      path,
      suggestedName: 'keep'
    })

    expect(result).toMatchObject({
      canceled: false,
      error: textMatching(/not a Pipewright diagram/)
    })
    expect(readFileSync(path, 'utf8')).toBe(diagramText('original'))
    expect(ipc.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('keeps the old file whole, with no temporary file left, when the atomic rename fails', async () => {
    const path = join(folder.dir, 'keep.pipewright.json')
    writeFileSync(path, diagramText('original'))
    // The real writer runs; only its final rename fails.
    vi.spyOn(fs.promises, 'rename').mockRejectedValue(
      Object.assign(new Error('EIO: disk went away'), { code: 'EIO' })
    )
    const ipc = await ipcHarness()
    ipc.willSaveAs(path)

    const result = await ipc.invoke('saveDiagram', {
      text: diagramText('new'),
      suggestedName: 'keep'
    })

    expect(result).toMatchObject({
      canceled: false,
      error: textMatching(/EIO.*nothing was changed/)
    })
    expect(readFileSync(path, 'utf8')).toBe(diagramText('original'))
    expect(readdirSync(folder.dir)).toEqual(['keep.pipewright.json'])
  })

  it('refuses a diagram whose UTF-8 size exceeds what open accepts, though its length in characters fits', async () => {
    const ipc = await ipcHarness()
    const wide = '€'.repeat(DIAGRAM_LIMITS.maxConfigStringLength)
    const config = Object.fromEntries(
      Array.from({ length: DIAGRAM_LIMITS.maxConfigKeys }, (_, i) => [`k${i}`, wide])
    )
    const nodes = Array.from({ length: 6 }, (_, i) => ({
      id: `n${i}`,
      service: 's3',
      position: { x: 0, y: 0 },
      config
    }))
    const text = JSON.stringify({
      format: 'pipewright/diagram',
      version: 1,
      name: 'wide',
      nodes,
      edges: []
    })
    expect(text.length).toBeLessThan(DIAGRAM_LIMITS.maxFileBytes)
    expect(Buffer.byteLength(text)).toBeGreaterThan(DIAGRAM_LIMITS.maxFileBytes)

    const result = await ipc.invoke('saveDiagram', { text, suggestedName: 'wide' })

    expect(result).toMatchObject({
      canceled: false,
      error: textMatching(/limited to 10 MB/)
    })
    expect(ipc.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('gives the save dialog a bare file name with the diagram extension', () => {
    expect(defaultSaveName('Clickstream')).toBe('Clickstream.pipewright.json')
    expect(defaultSaveName('Clickstream.json')).toBe('Clickstream.pipewright.json')
    expect(defaultSaveName('Clickstream.pipewright.json')).toBe('Clickstream.pipewright.json')
    expect(defaultSaveName('../../etc/passwd')).toBe('-..-etc-passwd.pipewright.json')
    expect(defaultSaveName('  ')).toBe('Untitled pipeline.pipewright.json')
  })
})

/**
 * A read-only file in a writable folder: a rename would replace it, so the save asks where instead.
 * Root may write any file, so on a root CI the real permission check says "writable"; the file
 * operations' answer is injected here, and the real check is tested where it can mean something.
 */
describe('saveDiagram over a read-only file', () => {
  it('asks Save As… instead of replacing it, and leaves the read-only file as it was', async () => {
    const path = join(folder.dir, 'locked.pipewright.json')
    const copy = join(folder.dir, 'copy.pipewright.json')
    writeFileSync(path, diagramText('locked'))
    const ipc = await ipcHarness({ files: { isWritable: (p) => Promise.resolve(p !== path) } })
    ipc.willOpen(path)
    await ipc.invoke('openDiagram')
    ipc.willSaveAs(copy)

    const result = await ipc.invoke('saveDiagram', {
      text: diagramText('edited'),
      path,
      suggestedName: 'locked'
    })

    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    expect(ipc.dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({
      title: '"locked.pipewright.json" is read-only: save a copy as'
    })
    expect(result).toMatchObject({ canceled: false, path: copy })
    expect(readFileSync(path, 'utf8')).toBe(diagramText('locked'))
    expect(readFileSync(copy, 'utf8')).toBe(diagramText('edited'))
  })

  it('refuses to save over a read-only file chosen in Save As…, in words', async () => {
    const path = join(folder.dir, 'locked.pipewright.json')
    writeFileSync(path, diagramText('locked'))
    const ipc = await ipcHarness({ files: { isWritable: (p) => Promise.resolve(p !== path) } })
    ipc.willSaveAs(path)

    const result = await ipc.invoke('saveDiagramAs', {
      text: diagramText('edited'),
      suggestedName: 'locked'
    })

    expect(result).toMatchObject({
      canceled: false,
      error: textMatching(/read-only, so nothing was changed. Save it under another name/)
    })
    expect(readFileSync(path, 'utf8')).toBe(diagramText('locked'))
  })
})

describe('temporary files an interrupted save left behind', () => {
  it("are removed when the folder is next opened or saved in: Pipewright's own pattern only, from a process that is gone", async () => {
    const path = join(folder.dir, 'd.pipewright.json')
    writeFileSync(path, diagramText('d'))
    // A crashed save (a pid that cannot be running), a save in flight in this very process's
    // pattern but someone else's live pid (ours), and files that only look alike.
    const stale = '.d.pipewright.json.pipewright-999999999-0123456789ab.tmp'
    const live = `.other.pipewright.json.pipewright-${process.ppid}-0123456789ab.tmp`
    const lookalikes = [
      'd.pipewright.json.12345',
      '.d.pipewright.json.pipewright-1-xyz.tmp',
      'notes.tmp'
    ]
    for (const name of [stale, live, ...lookalikes]) writeFileSync(join(folder.dir, name), 'x')
    const ipc = await ipcHarness()
    ipc.willOpen(path)
    await ipc.invoke('openDiagram')

    expect(readdirSync(folder.dir).sort()).toEqual(
      [live, ...lookalikes, 'd.pipewright.json'].sort()
    )
  })
})

describe('saveDiagram when the file changed on disk since it was opened', () => {
  async function openedThenChanged() {
    const path = join(folder.dir, 'shared.pipewright.json')
    writeFileSync(path, diagramText('mine'))
    const ipc = await ipcHarness()
    ipc.willOpen(path)
    await ipc.invoke('openDiagram')
    // Someone else saves the file: new content, new modification time.
    writeFileSync(path, diagramText('theirs'))
    touchLater(path)
    return { ipc, path }
  }

  it('asks Overwrite / Cancel, with Cancel the default, and Overwrite writes', async () => {
    const { ipc, path } = await openedThenChanged()
    ipc.willAnswer('Overwrite')

    const result = await ipc.invoke('saveDiagram', {
      text: diagramText('edited'),
      path,
      suggestedName: 'shared'
    })

    expect(ipc.dialog.showMessageBox).toHaveBeenCalledTimes(1)
    expect(ipc.dialog.showMessageBox.mock.calls[0]![0]).toMatchObject({
      message: '“shared.pipewright.json” changed on disk since you opened it.',
      buttons: ['Overwrite', 'Cancel'],
      defaultId: 1,
      cancelId: 1
    })
    expect(result).toEqual({ canceled: false, path, name: 'shared.pipewright.json' })
    expect(readFileSync(path, 'utf8')).toBe(diagramText('edited'))
  })

  it('Cancel leaves the file on disk untouched and reports a canceled save', async () => {
    const { ipc, path } = await openedThenChanged()
    const before = fs.statSync(path).mtimeMs
    ipc.willAnswer('Cancel')

    await expect(
      ipc.invoke('saveDiagram', { text: diagramText('edited'), path, suggestedName: 'shared' })
    ).resolves.toEqual({ canceled: true })

    expect(readFileSync(path, 'utf8')).toBe(diagramText('theirs'))
    expect(fs.statSync(path).mtimeMs).toBe(before)
    expect(ipc.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('asks only once: after an overwrite, the next save goes straight through', async () => {
    const { ipc, path } = await openedThenChanged()
    ipc.willAnswer('Overwrite')
    await ipc.invoke('saveDiagram', { text: diagramText('edited'), path, suggestedName: 'shared' })
    await ipc.invoke('saveDiagram', {
      text: diagramText('edited again'),
      path,
      suggestedName: 'shared'
    })
    expect(ipc.dialog.showMessageBox).toHaveBeenCalledTimes(1)
    expect(readFileSync(path, 'utf8')).toBe(diagramText('edited again'))
  })

  it('also notices a change to a file this session saved', async () => {
    const ipc = await ipcHarness()
    const path = join(folder.dir, 'saved.pipewright.json')
    ipc.willSaveAs(path)
    await ipc.invoke('saveDiagram', { text: diagramText('one'), suggestedName: 'saved' })
    touchLater(path)
    await expect(
      ipc.invoke('saveDiagram', { text: diagramText('two'), path, suggestedName: 'saved' })
    ).resolves.toEqual({ canceled: true })
    expect(readFileSync(path, 'utf8')).toBe(diagramText('one'))
  })
})

describe('saveDiagramAs', () => {
  it('always shows the save dialog, even for a known path, with the suggested name', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    const first = join(folder.dir, 'first.pipewright.json')
    ipc.willSaveAs(first)
    await ipc.invoke('saveDiagram', { text: diagramText(), suggestedName: 'first' })
    const copy = join(folder.dir, 'copy.pipewright.json')
    ipc.willSaveAs(copy)

    const result = await ipc.invoke('saveDiagramAs', {
      text: diagramText('copy'),
      suggestedName: 'Copy of first'
    })

    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(2)
    expect(
      (ipc.dialog.showSaveDialog.mock.calls[1]![0] as { defaultPath: string }).defaultPath
    ).toBe(join(folder.dir, 'Copy of first.pipewright.json'))
    expect(result).toEqual({ canceled: false, path: copy, name: 'copy.pipewright.json' })
    expect(readFileSync(copy, 'utf8')).toBe(diagramText('copy'))
    expect(readFileSync(first, 'utf8')).toBe(diagramText())
    expect(ipc.recent.list()).toEqual([copy, first])
  })

  it('reports a canceled dialog and refuses text that is not a diagram', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    await expect(
      ipc.invoke('saveDiagramAs', { text: diagramText(), suggestedName: 'a' })
    ).resolves.toEqual({ canceled: true })
    await expect(
      ipc.invoke('saveDiagramAs', { text: '[]', suggestedName: 'a' })
    ).resolves.toMatchObject({ canceled: false, error: textMatching(/^Not saved/) })
    expect(readdirSync(folder.dir)).toEqual([])
  })
})
