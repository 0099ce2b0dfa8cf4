import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultExportName } from '../../src/main/dialogs'
import { exportRequestSchema } from '../../src/shared/ipc/contract'
import { ipcHarness, tempFolderPerTest } from './harness'

const folder = tempFolderPerTest()

// CRLF line ends and a quoted field with a newline: the text is written exactly as the page made it.
const CSV = 'Label,Monthly (USD)\r\n"Two\nlines",1.5\r\nTotal,1.5\r\n'
const MARKDOWN = '## Bill of materials: Orders\n\n| a | b |\n| --- | --- |\n'

type Filter = { name: string; extensions: string[] }

describe.each([
  {
    format: 'csv' as const,
    text: CSV,
    title: 'Export bill of materials (CSV)',
    filter: { name: 'CSV spreadsheet', extensions: ['csv'] }
  },
  {
    format: 'md' as const,
    text: MARKDOWN,
    title: 'Export bill of materials (Markdown)',
    filter: { name: 'Markdown', extensions: ['md', 'markdown'] }
  }
])('exportFile as a bill of materials ($format)', ({ format, text, title, filter }) => {
  const name = `orders bill of materials.${format}`

  it('asks where with its own title and filter, and writes the text as it is', async () => {
    const ipc = await ipcHarness({ defaultFolder: folder.dir })
    const path = join(folder.dir, name)
    ipc.willSaveAs(path)
    await expect(ipc.invoke('exportFile', { format, suggestedName: name, text })).resolves.toEqual({
      canceled: false,
      path,
      name
    })
    expect(readFileSync(path, 'utf8')).toBe(text)
    const options = ipc.dialog.showSaveDialog.mock.calls[0]![0] as {
      title: string
      defaultPath: string
      filters: Filter[]
    }
    expect(options.title).toBe(title)
    // The page's suggested name already ends in the extension: it is not doubled.
    expect(options.defaultPath).toBe(join(folder.dir, name))
    expect(options.filters).toEqual([filter])
    expect(defaultExportName('a/b: c', format)).toBe(`a-b- c.${format}`)
    expect(ipc.recent.list()).toEqual([])
  })

  it('writes atomically: a failed write says so', async () => {
    const ipc = await ipcHarness({
      files: {
        writeAtomic: () => Promise.reject(new Error('The disk is full: nothing was changed.'))
      }
    })
    ipc.willSaveAs(join(folder.dir, name))
    await expect(ipc.invoke('exportFile', { format, suggestedName: name, text })).resolves.toEqual({
      canceled: false,
      error: `Could not export "${name}". The disk is full: nothing was changed.`
    })
  })

  it('is refused by main when it does not fit the contract', async () => {
    const ipc = await ipcHarness()
    await expect(
      ipc.invoke('exportFile', { format, suggestedName: name, base64: 'AAAA' })
    ).rejects.toThrow(/invalid request/)
    await expect(ipc.invoke('exportFile', { format, suggestedName: '', text })).rejects.toThrow(
      /invalid request/
    )
    expect(ipc.dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('the csv and md export formats', () => {
  it('are text exports beside svg, json and yaml, and nothing near them is', () => {
    for (const format of ['csv', 'md']) {
      const request = { format, suggestedName: 'orders', text: 'x' }
      expect(exportRequestSchema.parse(request)).toEqual(request)
    }
    for (const format of ['markdown', 'tsv', 'xlsx'])
      expect(
        exportRequestSchema.safeParse({ format, suggestedName: 'o', text: 'x' }).success,
        format
      ).toBe(false)
  })
})
