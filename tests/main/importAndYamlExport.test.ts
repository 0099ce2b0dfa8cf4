import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { defaultExportName, importDialogOptions } from '../../src/main/dialogs'
import { DIAGRAM_LIMITS } from '../../src/shared/diagram/schema'
import { importFileResponseSchema } from '../../src/shared/ipc/contract'
import { ipcHarness, tempFolderPerTest, textMatching } from './harness'

const folder = tempFolderPerTest()

function file(name: string, content: string | Uint8Array): string {
  const path = join(folder.dir, name)
  writeFileSync(path, content)
  return path
}

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Clicks:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 2
`

type Filter = { name: string; extensions: string[] }

describe('importFile', () => {
  it('offers templates and draw.io files, together and apart, and all files', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    await ipc.invoke('importFile')
    const options = ipc.dialog.showOpenDialog.mock.calls[0]![0] as {
      filters: Filter[]
      properties: string[]
      defaultPath: string
    }
    expect(options.properties).toEqual(['openFile'])
    expect(options.defaultPath).toBe(folder.dir)
    const [both, templates, drawio, all] = options.filters.map((f) => f.extensions)
    expect(templates).toEqual(['yaml', 'yml', 'json', 'template'])
    expect(drawio).toEqual(expect.arrayContaining(['drawio', 'xml', 'png', 'svg']))
    expect(both).toEqual([...templates!, ...drawio!])
    expect(all).toEqual(['*'])
    expect(options.filters).toHaveLength(4)
  })

  it('hands the page the file name and its exact bytes, and remembers neither in recent files', async () => {
    const bytes = new Uint8Array([...Buffer.from(TEMPLATE), 0xe2, 0x82, 0xac])
    const path = file('stack.template', bytes)
    const ipc = await ipcHarness()
    ipc.willOpen(path)
    const reply = importFileResponseSchema.parse(await ipc.invoke('importFile'))
    if (reply.canceled || 'error' in reply) throw new Error('expected a file')
    expect(reply.name).toBe('stack.template')
    expect(new Uint8Array(Buffer.from(reply.base64, 'base64'))).toEqual(bytes)
    expect(ipc.recent.list()).toEqual([])
    // Nothing that was imported may be saved over without a dialog.
    expect(ipc.documents.isKnown(path)).toBe(false)
  })

  it('starts the next import where the last one was picked', async () => {
    const ipc = await ipcHarness({ defaultFolder: '/nowhere' })
    ipc.willOpen(file('a.yaml', TEMPLATE))
    await ipc.invoke('importFile')
    await ipc.invoke('importFile')
    const second = ipc.dialog.showOpenDialog.mock.calls[1]![0] as { defaultPath: string }
    expect(second.defaultPath).toBe(folder.dir)
  })

  it('reports a canceled dialog', async () => {
    await expect((await ipcHarness()).invoke('importFile')).resolves.toEqual({ canceled: true })
  })

  it('refuses a file over the size limit without reading it', async () => {
    const path = file('huge.yaml', Buffer.alloc(DIAGRAM_LIMITS.maxFileBytes + 1, 0x20))
    const readBytes = vi.fn(() => Promise.resolve(new Uint8Array()))
    const ipc = await ipcHarness({ files: { readBytes } })
    ipc.willOpen(path)
    await expect(ipc.invoke('importFile')).resolves.toEqual({
      canceled: false,
      error: textMatching(/^Cannot import "huge.yaml". .*limited to 10 MB/)
    })
    expect(readBytes).not.toHaveBeenCalledWith(path)
  })

  it('refuses a file that grew past the limit between stat and read', async () => {
    const path = file('growing.yaml', TEMPLATE)
    const ipc = await ipcHarness({
      files: { readBytes: () => Promise.resolve(new Uint8Array(DIAGRAM_LIMITS.maxFileBytes + 1)) }
    })
    ipc.willOpen(path)
    await expect(ipc.invoke('importFile')).resolves.toMatchObject({
      error: textMatching(/limited to 10 MB/)
    })
  })

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO (it would never end) and a folder without reading them',
    async () => {
      const fifo = join(folder.dir, 'pipe.yaml')
      execFileSync('mkfifo', [fifo])
      const readBytes = vi.fn(() => Promise.resolve(new Uint8Array()))
      const ipc = await ipcHarness({ files: { readBytes } })
      ipc.willOpen(fifo)
      await expect(ipc.invoke('importFile')).resolves.toEqual({
        canceled: false,
        error: 'Cannot import "pipe.yaml". It is not a file.'
      })
      ipc.willOpen(folder.dir)
      await expect(ipc.invoke('importFile')).resolves.toMatchObject({
        error: textMatching(/It is not a file/)
      })
      expect(readBytes).not.toHaveBeenCalledWith(fifo)
      expect(readBytes).not.toHaveBeenCalledWith(folder.dir)
    }
  )

  it('says when the picked file has gone', async () => {
    const ipc = await ipcHarness()
    ipc.willOpen(join(folder.dir, 'gone.yaml'))
    await expect(ipc.invoke('importFile')).resolves.toEqual({
      canceled: false,
      error: 'Cannot import "gone.yaml". It no longer exists.'
    })
  })

  it('is refused to another page, before any dialog opens', async () => {
    const ipc = await ipcHarness()
    await expect(ipc.invokeFrom('https://evil.example/', 'importFile')).rejects.toThrow(
      /did not come from Pipewright/
    )
    await expect(ipc.invokeFrom(null, 'importFile')).rejects.toThrow(/did not come from Pipewright/)
    expect(ipc.dialog.showOpenDialog).not.toHaveBeenCalled()
  })

  it('takes no arguments: the page cannot name a path to read', async () => {
    const ipc = await ipcHarness()
    await expect(ipc.invoke('importFile', { path: '/etc/passwd' })).rejects.toThrow(
      /invalid request/
    )
    await expect(ipc.invoke('importFile', undefined, '/etc/passwd')).rejects.toThrow(
      /invalid request/
    )
    expect(ipc.dialog.showOpenDialog).not.toHaveBeenCalled()
  })

  it('titles its dialog for what it imports', () => {
    expect(importDialogOptions('/home/me').title).toMatch(/CloudFormation.*draw\.io/)
  })
})

describe('exportFile as a CloudFormation template', () => {
  it('asks where with a .yaml name and a YAML filter, and writes the text as it is', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    const path = join(folder.dir, 'orders.yaml')
    ipc.willSaveAs(path)
    await expect(
      ipc.invoke('exportFile', { format: 'yaml', suggestedName: 'orders', text: TEMPLATE })
    ).resolves.toEqual({ canceled: false, path, name: 'orders.yaml' })
    expect(readFileSync(path, 'utf8')).toBe(TEMPLATE)
    const options = ipc.dialog.showSaveDialog.mock.calls[0]![0] as {
      title: string
      defaultPath: string
      filters: Filter[]
    }
    expect(options.title).toBe('Export CloudFormation template')
    expect(options.defaultPath).toBe(join(folder.dir, 'orders.yaml'))
    expect(options.filters).toEqual([
      { name: 'CloudFormation template', extensions: ['yaml', 'yml'] }
    ])
    expect(defaultExportName('a/b: c', 'yaml')).toBe('a-b- c.yaml')
    // An export is not a document: it is not remembered or offered again.
    expect(ipc.recent.list()).toEqual([])
  })

  it('writes atomically: a failed write leaves the old template whole and says so', async () => {
    const path = file('orders.yaml', 'old: template\n')
    const ipc = await ipcHarness({
      files: {
        writeAtomic: () => Promise.reject(new Error('The disk is full: nothing was changed.'))
      }
    })
    ipc.willSaveAs(path)
    await expect(
      ipc.invoke('exportFile', { format: 'yaml', suggestedName: 'orders', text: TEMPLATE })
    ).resolves.toEqual({
      canceled: false,
      error: 'Could not export "orders.yaml". The disk is full: nothing was changed.'
    })
    expect(readFileSync(path, 'utf8')).toBe('old: template\n')
  })

  it('leaves nothing behind when the dialog is canceled', async () => {
    const ipc = await ipcHarness()
    await expect(
      ipc.invoke('exportFile', { format: 'yaml', suggestedName: 'orders', text: TEMPLATE })
    ).resolves.toEqual({ canceled: true })
  })
})
