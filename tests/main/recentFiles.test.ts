import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { nodeFileOps } from '../../src/main/files/fileOps'
import {
  cleanRecentList,
  loadRecentFiles,
  MAX_RECENT_FILES,
  RECENT_FILES_NAME
} from '../../src/main/files/recentFiles'
import { tempFolderPerTest } from './harness'

const folder = tempFolderPerTest()

const p = (name: string) => join('/home/me/diagrams', `${name}.pipewright.json`)
const load = (onChange?: (paths: readonly string[]) => void) =>
  loadRecentFiles({ files: nodeFileOps, folder: folder.dir, ...(onChange ? { onChange } : {}) })
const stored = () =>
  JSON.parse(readFileSync(join(folder.dir, RECENT_FILES_NAME), 'utf8')) as unknown

describe('recent files', () => {
  it('puts the latest first, moves a reopened file to the top without repeating it, and persists', async () => {
    const recent = await load()
    await recent.add(p('a'))
    await recent.add(p('b'))
    await recent.add(p('a'))
    expect(recent.list()).toEqual([p('a'), p('b')])
    expect(stored()).toEqual([p('a'), p('b')])
    expect((await load()).list()).toEqual([p('a'), p('b')])
  })

  it(`keeps at most ${MAX_RECENT_FILES}`, async () => {
    const recent = await load()
    for (let i = 0; i < 15; i++) await recent.add(p(`f${i}`))
    expect(recent.list()).toHaveLength(MAX_RECENT_FILES)
    expect(recent.list()[0]).toBe(p('f14'))
    expect(recent.list().at(-1)).toBe(p('f5'))
  })

  it('removes and clears, telling the menu each time', async () => {
    const onChange = vi.fn<(paths: readonly string[]) => void>()
    const recent = await load(onChange)
    await recent.add(p('a'))
    await recent.add(p('b'))
    await recent.remove(p('a'))
    expect(recent.list()).toEqual([p('b')])
    expect(recent.has(p('a'))).toBe(false)
    expect(recent.has(p('b'))).toBe(true)
    await recent.clear()
    expect(recent.list()).toEqual([])
    expect(stored()).toEqual([])
    expect(onChange.mock.calls.map(([paths]) => paths)).toEqual([
      [p('a')],
      [p('b'), p('a')],
      [p('b')],
      []
    ])
  })

  it('starts empty from a corrupt or hostile store, and writes a good one on the next change', async () => {
    for (const corrupt of [
      '{ not json',
      '{"paths": 3}',
      '"just a string"',
      '{"__proto__": {"x": 1}}'
    ]) {
      writeFileSync(join(folder.dir, RECENT_FILES_NAME), corrupt)
      const recent = await load()
      expect(recent.list()).toEqual([])
    }
    const recent = await load()
    await recent.add(p('a'))
    expect(stored()).toEqual([p('a')])
  })

  it('keeps only absolute string paths from the store, without repeats, capped', () => {
    expect(cleanRecentList([p('a'), 'relative.json', 42, null, p('a'), '', p('b')])).toEqual([
      p('a'),
      p('b')
    ])
    expect(cleanRecentList(Array.from({ length: 30 }, (_, i) => p(`f${i}`)))).toHaveLength(
      MAX_RECENT_FILES
    )
    expect(cleanRecentList({ length: 1, 0: p('a') })).toEqual([])
  })

  it('keeps working for the session when the store cannot be written', async () => {
    const onWriteError = vi.fn()
    const recent = await loadRecentFiles({
      files: {
        ...nodeFileOps,
        writeAtomic: async () => Promise.reject(new Error('EACCES: read-only'))
      },
      folder: folder.dir,
      onWriteError
    })
    await recent.add(p('a'))
    expect(recent.list()).toEqual([p('a')])
    expect(onWriteError).toHaveBeenCalledWith(expect.stringMatching(/EACCES/))
  })
})
