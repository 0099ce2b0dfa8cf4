import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { defaultExportName } from '../../src/main/dialogs'
import { embedDiagramInPng } from '../../src/shared/interchange/pngEmbed'
import { DIAGRAM_LIMITS } from '../../src/shared/diagram/schema'
import { diagramMetadata } from '../../src/shared/interchange/svgEmbed'
import { APP_WINDOW, diagramText, ipcHarness, tempFolderPerTest, textMatching } from './harness'

/** A 1×1 PNG, as html-to-image would hand the page before the diagram is embedded. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64'
)

const folder = tempFolderPerTest()

const svgWithDiagram = (json: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${diagramMetadata(json)}<rect width="10" height="10"/></svg>\n`

function file(name: string, content: string | Uint8Array): string {
  const path = join(folder.dir, name)
  writeFileSync(path, content)
  return path
}

describe('openDiagram', () => {
  it('offers diagrams, exported PNGs and SVGs, and all files', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    await ipc.invoke('openDiagram')
    const options = ipc.dialog.showOpenDialog.mock.calls[0]![0] as {
      filters: { name: string; extensions: string[] }[]
    }
    const extensions = options.filters.map((f) => f.extensions)
    expect(extensions).toContainEqual(['pipewright.json', 'json'])
    expect(extensions).toContainEqual(['png'])
    expect(extensions).toContainEqual(['svg'])
    expect(extensions[0]).toEqual(expect.arrayContaining(['pipewright.json', 'png', 'svg']))
    expect(extensions.at(-1)).toEqual(['*'])
  })

  it('refuses a file over the size limit without reading it', async () => {
    const path = file('huge.pipewright.json', Buffer.alloc(DIAGRAM_LIMITS.maxFileBytes + 1, 0x20))
    const readBytes = vi.fn(() => Promise.resolve(new Uint8Array()))
    const ipc = await ipcHarness({ files: { readBytes } })
    ipc.willOpen(path)
    const result = await ipc.invoke('openDiagram')
    expect(result).toMatchObject({
      canceled: false,
      error: textMatching(/Cannot open "huge.pipewright.json".*limited to 10 MB/)
    })
    expect(readBytes).not.toHaveBeenCalledWith(path)
    expect(ipc.recent.list()).toEqual([])
  })

  it('reports a canceled dialog', async () => {
    await expect((await ipcHarness()).invoke('openDiagram')).resolves.toEqual({ canceled: true })
  })

  it('round-trips with save: what was saved is what opens, and the opened path saves without asking', async () => {
    const ipc = await ipcHarness()
    const path = join(folder.dir, 'trip.pipewright.json')
    ipc.willSaveAs(path)
    await ipc.invoke('saveDiagram', { text: diagramText('trip'), suggestedName: 'trip' })

    const other = await ipcHarness()
    other.willOpen(path)
    const opened = await other.invoke('openDiagram')
    expect(opened).toEqual({
      canceled: false,
      path,
      name: 'trip.pipewright.json',
      text: diagramText('trip')
    })
    expect(other.recent.list()).toEqual([path])

    await other.invoke('saveDiagram', { text: diagramText('edited'), path, suggestedName: 'trip' })
    expect(other.dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(readFileSync(path, 'utf8')).toBe(diagramText('edited'))
  })

  it('reopens the diagram embedded in a PNG that Pipewright exported', async () => {
    const path = file('export.png', embedDiagramInPng(TINY_PNG, diagramText('from png')))
    const ipc = await ipcHarness()
    ipc.willOpen(path)
    await expect(ipc.invoke('openDiagram')).resolves.toEqual({
      canceled: false,
      path,
      name: 'export.png',
      text: diagramText('from png')
    })
  })

  it('never saves JSON over the PNG it was opened from: Save asks where', async () => {
    const png = embedDiagramInPng(TINY_PNG, diagramText('from png'))
    const path = file('export.png', png)
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    ipc.willOpen(path)
    await ipc.invoke('openDiagram')
    expect(ipc.recent.list()).toEqual([path])

    await ipc.invoke('saveDiagram', { text: diagramText('edited'), path, suggestedName: 'export' })

    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    expect(new Uint8Array(readFileSync(path))).toEqual(png)
  })

  it('reopens the diagram embedded in an SVG that Pipewright exported, and never saves JSON over it', async () => {
    const svg = svgWithDiagram(diagramText('from svg'))
    const path = file('export.svg', svg)
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    ipc.willOpen(path)
    await expect(ipc.invoke('openDiagram')).resolves.toEqual({
      canceled: false,
      path,
      name: 'export.svg',
      text: diagramText('from svg')
    })
    expect(ipc.recent.list()).toEqual([path])

    await ipc.invoke('saveDiagram', { text: diagramText('edited'), path, suggestedName: 'export' })
    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    expect(readFileSync(path, 'utf8')).toBe(svg)
  })

  it('refuses an SVG without a Pipewright diagram, or with a hostile one, and says why', async () => {
    const ipc = await ipcHarness()
    ipc.willOpen(file('plain.svg', '<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>'))
    await expect(ipc.invoke('openDiagram')).resolves.toEqual({
      canceled: false,
      error: `Cannot open "plain.svg". This SVG has no Pipewright diagram in it. Open an SVG exported by Pipewright, or the diagram's .json file.`
    })
    // Markup is recognised by content, whatever the name.
    ipc.willOpen(
      file(
        'renamed.json',
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'
      )
    )
    await expect(ipc.invoke('openDiagram')).resolves.toMatchObject({
      error: textMatching(/^Cannot open "renamed.json". This SVG declares a DOCTYPE/)
    })
    ipc.willOpen(
      file(
        'hostile.svg',
        svgWithDiagram(
          '{"format": "pipewright/diagram", "version": 3, "name": "x", "nodes": [{"id": "a", "service": "not-a-service", "position": {"x": 0, "y": 0}}], "edges": []}'
        )
      )
    )
    await expect(ipc.invoke('openDiagram')).resolves.toMatchObject({
      error: textMatching(/^Cannot open "hostile.svg". .*not-a-service/)
    })
    expect(ipc.recent.list()).toEqual([])
  })

  it('recognises a PNG by its signature whatever its name', async () => {
    const path = file('renamed.json', TINY_PNG)
    const ipc = await ipcHarness()
    ipc.willOpen(path)
    await expect(ipc.invoke('openDiagram')).resolves.toEqual({
      canceled: false,
      error: textMatching(/^Cannot open "renamed.json". This PNG has no Pipewright diagram in it/)
    })
  })

  it('explains a PNG that is not a PNG and a file that is not a diagram, and remembers neither', async () => {
    const ipc = await ipcHarness()
    ipc.willOpen(file('fake.png', 'hello'))
    await expect(ipc.invoke('openDiagram')).resolves.toMatchObject({
      error: textMatching(/not a PNG image/)
    })
    ipc.willOpen(file('broken.json', '{"format": '))
    await expect(ipc.invoke('openDiagram')).resolves.toMatchObject({
      error: textMatching(/Not valid JSON at line 1/)
    })
    ipc.willOpen(file('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d])))
    await expect(ipc.invoke('openDiagram')).resolves.toMatchObject({
      error: textMatching(/neither UTF-8 text nor a PNG or SVG image/)
    })
    expect(ipc.recent.list()).toEqual([])
  })

  it('accepts a UTF-8 byte-order mark', async () => {
    const path = file('bom.json', `\uFEFF${diagramText()}`)
    const ipc = await ipcHarness()
    ipc.willOpen(path)
    await expect(ipc.invoke('openDiagram')).resolves.toMatchObject({ text: diagramText() })
  })
})

describe('Open Recent (the main process’s menu)', () => {
  it('opens a file from the recent list and moves it to the top; saving it then needs no dialog', async () => {
    const a = file('a.pipewright.json', diagramText('a'))
    const b = file('b.pipewright.json', diagramText('b'))
    const ipc = await ipcHarness()
    await ipc.recent.add(a)
    await ipc.recent.add(b)

    await expect(ipc.documents.openRecent(a)).resolves.toEqual({
      canceled: false,
      path: a,
      name: 'a.pipewright.json',
      text: diagramText('a')
    })
    expect(ipc.recent.list()).toEqual([a, b])
    // The user chose it from the menu, and main sends it to this window (index.ts), so it saves without a dialog.
    ipc.windowPaths.grant(APP_WINDOW, a)
    await ipc.invoke('saveDiagram', { text: diagramText('a2'), path: a, suggestedName: 'a' })
    expect(ipc.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('refuses any path that is not in the recent list, without reading it', async () => {
    const secret = file('secret.pipewright.json', diagramText('secret'))
    const readBytes = vi.fn((_path: string) => Promise.resolve(new Uint8Array()))
    const ipc = await ipcHarness({ files: { readBytes } })
    for (const path of [secret, '/etc/passwd', 'relative.json']) {
      await expect(ipc.documents.openRecent(path)).resolves.toEqual({
        canceled: false,
        error: textMatching(/not in the recent files list/)
      })
    }
    // Only the recent-files store itself was read.
    expect(readBytes.mock.calls.map(([path]) => path.endsWith('recent-files.json'))).toEqual([true])
  })

  it('takes a file that no longer exists off the list and says so', async () => {
    const gone = file('gone.pipewright.json', diagramText())
    const ipc = await ipcHarness()
    await ipc.recent.add(gone)
    rmSync(gone)
    await expect(ipc.documents.openRecent(gone)).resolves.toEqual({
      canceled: false,
      error: 'Cannot open "gone.pipewright.json". It no longer exists.'
    })
    expect(ipc.recent.list()).toEqual([])
  })

  // Issue 13, part 4: a page could call openRecent on any recent file, then save over it with no
  // dialog. The page has no such channel now; a recent file it names is saved only through a dialog.
  it('gives the page no channel to open a recent file, so it cannot save over one without a dialog', async () => {
    const a = file('a.pipewright.json', diagramText('a'))
    const ipc = await ipcHarness()
    await ipc.recent.add(a)
    expect([...ipc.handlers.keys()].some((channel) => channel.includes('recent'))).toBe(false)
    const result = await ipc.invoke('saveDiagram', {
      text: diagramText('overwritten'),
      path: a,
      suggestedName: 'a'
    })
    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    expect(result).toEqual({ canceled: true })
    expect(readFileSync(a, 'utf8')).toBe(diagramText('a'))
  })
})

describe('exportFile', () => {
  it('writes PNG bytes from base64 exactly, with the export dialog filtered to PNG', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    const png = embedDiagramInPng(TINY_PNG, diagramText())
    const path = join(folder.dir, 'out.png')
    ipc.willSaveAs(path)

    const result = await ipc.invoke('exportFile', {
      format: 'png',
      suggestedName: 'Clickstream.png',
      base64: Buffer.from(png).toString('base64')
    })

    expect(result).toEqual({ canceled: false, path, name: 'out.png' })
    expect(new Uint8Array(readFileSync(path))).toEqual(png)
    expect(ipc.dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({
      defaultPath: join(folder.dir, 'Clickstream.png'),
      filters: [{ name: 'PNG image', extensions: ['png'] }]
    })
    expect(ipc.recent.list()).toEqual([])
  })

  it('writes SVG and JSON text, and does not treat exports as documents', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>a &amp; b</text></svg>'
    const svgPath = join(folder.dir, 'out.svg')
    ipc.willSaveAs(svgPath)
    await ipc.invoke('exportFile', { format: 'svg', suggestedName: 'Clickstream', text: svg })
    expect(readFileSync(svgPath, 'utf8')).toBe(svg)
    expect(ipc.dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({
      filters: [{ extensions: ['svg'] }]
    })

    const jsonPath = join(folder.dir, 'out.pipewright.json')
    ipc.willSaveAs(jsonPath)
    await ipc.invoke('exportFile', {
      format: 'json',
      suggestedName: 'Clickstream',
      text: diagramText()
    })
    expect(readFileSync(jsonPath, 'utf8')).toBe(diagramText())
    expect(ipc.recent.list()).toEqual([])
    // Save still asks where: an export target is not the document's file.
    await ipc.invoke('saveDiagram', {
      text: diagramText(),
      path: jsonPath,
      suggestedName: 'Clickstream'
    })
    expect(ipc.dialog.showSaveDialog).toHaveBeenCalledTimes(3)
  })

  it('refuses PNG bytes that are not a PNG and JSON that is not a diagram, before asking where', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    await expect(
      ipc.invoke('exportFile', {
        format: 'png',
        suggestedName: 'x',
        base64: Buffer.from('<html>').toString('base64')
      })
    ).resolves.toEqual({
      canceled: false,
      error: 'Not exported: the image is not a PNG.'
    })
    await expect(
      ipc.invoke('exportFile', { format: 'json', suggestedName: 'x', text: '{}' })
    ).resolves.toMatchObject({ error: textMatching(/^Not exported/) })
    expect(ipc.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('reports a canceled dialog and writes nothing', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    await expect(
      ipc.invoke('exportFile', { format: 'svg', suggestedName: 'x', text: '<svg/>' })
    ).resolves.toEqual({ canceled: true })
    expect(readdirSync(folder.dir)).toEqual([])
    expect(existsSync(join(folder.dir, 'x.svg'))).toBe(false)
  })

  it('names the export after the diagram with the format extension', () => {
    expect(defaultExportName('Clickstream', 'png')).toBe('Clickstream.png')
    expect(defaultExportName('Clickstream.png', 'png')).toBe('Clickstream.png')
    expect(defaultExportName('Clickstream.pipewright.json', 'svg')).toBe('Clickstream.svg')
    expect(defaultExportName('Clickstream', 'json')).toBe('Clickstream.pipewright.json')
    expect(defaultExportName('../x', 'png')).toBe('-x.png')
  })
})
