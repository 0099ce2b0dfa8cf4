import fs, { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { atomicWriteBytes, atomicWriteText } from '../../src/main/files/atomicWrite'
import { tempFolderPerTest } from './harness'

const folder = tempFolderPerTest()

function failWith(code: string) {
  return (...args: unknown[]) => {
    const callback = args[args.length - 1] as (err: Error) => void
    callback(Object.assign(new Error(`${code}: injected failure`), { code }))
  }
}

describe('atomicWriteText (write-file-atomic)', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const path = join(folder.dir, 'd.pipewright.json')
    writeFileSync(path, 'old')
    await atomicWriteText(path, 'new ✓')
    expect(readFileSync(path, 'utf8')).toBe('new ✓')
    expect(readdirSync(folder.dir)).toEqual(['d.pipewright.json'])
  })

  it('keeps the old file whole and removes the temporary file when the rename fails', async () => {
    const path = join(folder.dir, 'd.pipewright.json')
    writeFileSync(path, 'old')
    // write-file-atomic looks fs.rename up on each call, so the real library hits the failure.
    const rename = vi.spyOn(fs, 'rename').mockImplementation(failWith('EXDEV') as unknown as typeof fs.rename)

    await expect(atomicWriteText(path, 'new')).rejects.toThrow(/EXDEV/)

    expect(rename).toHaveBeenCalledTimes(1)
    const [from, to] = rename.mock.calls[0]!
    expect(String(to)).toBe(path)
    expect(String(from)).toMatch(/^.*d\.pipewright\.json\.\d+$/)
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(folder.dir)).toEqual(['d.pipewright.json'])
  })

  it('keeps the old file whole when writing the temporary file fails', async () => {
    const path = join(folder.dir, 'd.pipewright.json')
    writeFileSync(path, 'old')
    vi.spyOn(fs, 'write').mockImplementation(failWith('ENOSPC') as unknown as typeof fs.write)

    await expect(atomicWriteText(path, 'new')).rejects.toThrow(/ENOSPC/)

    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(folder.dir)).toEqual(['d.pipewright.json'])
  })

  it('asks the writer to fsync before renaming', async () => {
    const write = vi.fn(async () => {})
    await atomicWriteText('/x/d.json', 'text', write)
    expect(write).toHaveBeenCalledWith('/x/d.json', 'text', { encoding: 'utf8', fsync: true })
  })
})

describe('atomicWriteBytes', () => {
  it('writes the exact bytes, from a Uint8Array view into a larger buffer', async () => {
    const path = join(folder.dir, 'out.png')
    const backing = new Uint8Array([9, 9, 137, 80, 78, 71, 9])
    await atomicWriteBytes(path, backing.subarray(2, 6))
    expect([...readFileSync(path)]).toEqual([137, 80, 78, 71])
  })

  it('asks the writer to fsync, with no text encoding', async () => {
    const write = vi.fn(async () => {})
    await atomicWriteBytes('/x/a.png', new Uint8Array([1, 2]), write)
    expect(write).toHaveBeenCalledWith('/x/a.png', Buffer.from([1, 2]), { fsync: true })
  })
})
