import fs, { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSaveName } from '../../src/main/ipc'
import { DIAGRAM_LIMITS } from '../../src/shared/diagram/schema'
import { IPC_CHANNELS } from '../../src/shared/ipc/channels'
import { diagramText, ipcHarness, tempFolder } from './harness'

let folder: ReturnType<typeof tempFolder>
beforeEach(() => {
  folder = tempFolder()
})
afterEach(() => {
  vi.restoreAllMocks()
  folder.remove()
})

describe('IPC handlers', () => {
  it('registers exactly one handler per bridge channel', () => {
    const { handlers } = ipcHarness()
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort())
  })

  it('answers getAppInfo from its own page', async () => {
    await expect(ipcHarness().invoke('getAppInfo')).resolves.toEqual({ name: 'Pipewright', version: '0.1.0', platform: 'linux' })
  })

  it('rejects every channel when the sender is another page or a gone frame', async () => {
    const ipc = ipcHarness()
    for (const method of Object.keys(IPC_CHANNELS) as (keyof typeof IPC_CHANNELS)[]) {
      await expect(ipc.invokeFrom('https://evil.example/', method)).rejects.toThrow(/did not come from Pipewright/)
      await expect(ipc.invokeFrom(null, method)).rejects.toThrow(/did not come from Pipewright/)
    }
    expect(ipc.dialog.showOpenDialog).not.toHaveBeenCalled()
  })

  it('rejects payloads that do not match the contract', async () => {
    const ipc = ipcHarness()
    await expect(ipc.invoke('saveDiagram', { text: 42, suggestedName: 'x' })).rejects.toThrow(/invalid request/)
    await expect(ipc.invoke('saveDiagram', { text: diagramText(), suggestedName: 'x', extra: true })).rejects.toThrow(/invalid request/)
    await expect(ipc.invoke('getAppInfo', { sneaky: true })).rejects.toThrow(/invalid request/)
    await expect(ipc.invoke('saveDiagram', { text: diagramText(), suggestedName: 'x' }, 'second argument')).rejects.toThrow(/invalid request/)
    expect(ipc.dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('saveDiagram', () => {
  it('asks where to save when the path was never chosen by the user, and writes there', async () => {
    const ipc = ipcHarness({ defaultFolder: folder.dir })
    const chosen = join(folder.dir, 'chosen.pipewright.json')
    ipc.willSaveAs(chosen)
    const unknown = join(folder.dir, 'planted.json')

    const result = await ipc.invoke('saveDiagram', { text: diagramText(), path: unknown, suggestedName: 'My pipeline' })

    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    const options = ipc.dialog.showSaveDialog.mock.calls[0]![0] as { defaultPath: string }
    expect(options.defaultPath).toBe(join(folder.dir, 'My pipeline.pipewright.json'))
    expect(result).toEqual({ canceled: false, path: chosen, name: 'chosen.pipewright.json' })
    expect(readFileSync(chosen, 'utf8')).toBe(diagramText())
    expect(existsSync(unknown)).toBe(false)
  })

  it('saves again to a path chosen earlier without asking', async () => {
    const ipc = ipcHarness()
    const path = join(folder.dir, 'a.pipewright.json')
    ipc.willSaveAs(path)
    await ipc.invoke('saveDiagram', { text: diagramText('first'), suggestedName: 'a' })
    const again = await ipc.invoke('saveDiagram', { text: diagramText('second'), path, suggestedName: 'a' })
    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    expect(again).toMatchObject({ canceled: false, path })
    expect(readFileSync(path, 'utf8')).toBe(diagramText('second'))
  })

  it('reports a canceled dialog and writes nothing', async () => {
    const ipc = ipcHarness({ defaultFolder: folder.dir })
    await expect(ipc.invoke('saveDiagram', { text: diagramText(), suggestedName: 'a' })).resolves.toEqual({ canceled: true })
    expect(readdirSync(folder.dir)).toEqual([])
  })

  it('refuses text that is not a diagram and leaves the file on disk untouched', async () => {
    const ipc = ipcHarness()
    const path = join(folder.dir, 'keep.pipewright.json')
    ipc.willOpen(path)
    writeFileSync(path, diagramText('original'))
    await ipc.invoke('openDiagram')

    const result = await ipc.invoke('saveDiagram', { text: '{"format":"something-else"}', path, suggestedName: 'keep' })

    expect(result).toMatchObject({ canceled: false, error: expect.stringMatching(/not a Pipewright diagram/) })
    expect(readFileSync(path, 'utf8')).toBe(diagramText('original'))
    expect(ipc.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('keeps the old file whole, with no temporary file left, when the atomic rename fails', async () => {
    const path = join(folder.dir, 'keep.pipewright.json')
    writeFileSync(path, diagramText('original'))
    // The real write-file-atomic runs; only its final rename fails.
    vi.spyOn(fs, 'rename').mockImplementation(((_from: string, _to: string, callback: (err: Error) => void) =>
      callback(Object.assign(new Error('EIO: disk went away'), { code: 'EIO' }))) as unknown as typeof fs.rename)
    const ipc = ipcHarness()
    ipc.willSaveAs(path)

    const result = await ipc.invoke('saveDiagram', { text: diagramText('new'), suggestedName: 'keep' })

    expect(result).toMatchObject({ canceled: false, error: expect.stringMatching(/unchanged.*EIO/) })
    expect(readFileSync(path, 'utf8')).toBe(diagramText('original'))
    expect(readdirSync(folder.dir)).toEqual(['keep.pipewright.json'])
  })

  it('refuses a diagram whose UTF-8 size exceeds what open accepts, though its length in characters fits', async () => {
    const ipc = ipcHarness()
    const wide = '€'.repeat(DIAGRAM_LIMITS.maxConfigStringLength)
    const config = Object.fromEntries(Array.from({ length: DIAGRAM_LIMITS.maxConfigKeys }, (_, i) => [`k${i}`, wide]))
    const nodes = Array.from({ length: 6 }, (_, i) => ({ id: `n${i}`, service: 's3', position: { x: 0, y: 0 }, config }))
    const text = JSON.stringify({ format: 'pipewright/diagram', version: 1, name: 'wide', nodes, edges: [] })
    expect(text.length).toBeLessThan(DIAGRAM_LIMITS.maxFileBytes)
    expect(Buffer.byteLength(text)).toBeGreaterThan(DIAGRAM_LIMITS.maxFileBytes)

    const result = await ipc.invoke('saveDiagram', { text, suggestedName: 'wide' })

    expect(result).toMatchObject({ canceled: false, error: expect.stringMatching(/limited to 10 MB/) })
    expect(ipc.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('gives the save dialog a bare file name with the diagram extension', () => {
    expect(defaultSaveName('Clickstream')).toBe('Clickstream.pipewright.json')
    expect(defaultSaveName('Clickstream.json')).toBe('Clickstream.pipewright.json')
    expect(defaultSaveName('../../etc/passwd')).toBe('-..-etc-passwd.pipewright.json')
    expect(defaultSaveName('  ')).toBe('Untitled pipeline.pipewright.json')
  })
})

describe('openDiagram', () => {
  it('refuses a file over the size limit without reading it', async () => {
    const path = join(folder.dir, 'huge.pipewright.json')
    writeFileSync(path, Buffer.alloc(DIAGRAM_LIMITS.maxFileBytes + 1, 0x20))
    let reads = 0
    const ipc = ipcHarness({
      files: {
        readText: async () => {
          reads++
          return ''
        },
      },
    })
    ipc.willOpen(path)
    const result = await ipc.invoke('openDiagram')
    expect(result).toMatchObject({ canceled: false, error: expect.stringMatching(/Cannot open "huge.pipewright.json".*limited to 10 MB/) })
    expect(reads).toBe(0)
  })

  it('reports a canceled dialog', async () => {
    await expect(ipcHarness().invoke('openDiagram')).resolves.toEqual({ canceled: true })
  })

  it('round-trips with save: what was saved is what opens, and the opened path saves without asking', async () => {
    const ipc = ipcHarness()
    const path = join(folder.dir, 'trip.pipewright.json')
    ipc.willSaveAs(path)
    await ipc.invoke('saveDiagram', { text: diagramText('trip'), suggestedName: 'trip' })

    const other = ipcHarness()
    other.willOpen(path)
    const opened = await other.invoke('openDiagram')
    expect(opened).toEqual({ canceled: false, path, name: 'trip.pipewright.json', text: diagramText('trip') })

    await other.invoke('saveDiagram', { text: diagramText('edited'), path, suggestedName: 'trip' })
    expect(other.dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(readFileSync(path, 'utf8')).toBe(diagramText('edited'))
  })
})
