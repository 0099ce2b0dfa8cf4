import { execFileSync } from 'node:child_process'
import fs, { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import {
  atomicWriteBytes,
  atomicWriteText,
  nodeWriteOps,
  SaveError,
  TEMP_FILE_PATTERN,
  type WriteHandle,
  type WriteOps
} from '../../src/main/files/atomicWrite'
import { tempFolderPerTest } from './harness'

const folder = tempFolderPerTest()

/** The real file operations, with what `patch` gives in place of the open file's own methods. */
function withHandle(patch: (real: WriteHandle) => Partial<WriteHandle>): WriteOps {
  return {
    ...nodeWriteOps,
    open: async (path, mode) => {
      const real = await nodeWriteOps.open(path, mode)
      const handle: WriteHandle = {
        write: (buffer, offset, length, position) => real.write(buffer, offset, length, position),
        sync: () => real.sync(),
        stat: () => real.stat(),
        close: () => real.close()
      }
      return { ...handle, ...patch(real) }
    }
  }
}

/** The real file operations, with each open file's writes passed through `short` first. */
function shortWrites(short: (asked: number, call: number) => number): WriteOps {
  return withHandle((real) => {
    let call = 0
    return {
      write: (buffer, offset, length, position) =>
        real.write(buffer, offset, short(length, call++), position)
    }
  })
}

describe('atomicWriteText', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const path = join(folder.dir, 'd.pipewright.json')
    writeFileSync(path, 'old')
    await atomicWriteText(path, 'new ✓')
    expect(readFileSync(path, 'utf8')).toBe('new ✓')
    expect(readdirSync(folder.dir)).toEqual(['d.pipewright.json'])
  })

  it('keeps writing when the disk takes the data in pieces, and writes it all', async () => {
    const path = join(folder.dir, 'd.pipewright.json')
    const text = 'x'.repeat(10_000)
    // At most 777 bytes per call: 13 calls, each continuing where the last stopped.
    await atomicWriteText(
      path,
      text,
      shortWrites((asked) => Math.min(asked, 777))
    )
    expect(readFileSync(path, 'utf8')).toBe(text)
  })

  it('keeps the old file whole and says the disk is full when a write takes nothing, without an error', async () => {
    // A full disk: fs.write returns fewer bytes than asked, then 0, and no error (write-file-atomic 7
    // renamed such a truncated file over the original).
    const path = join(folder.dir, 'd.pipewright.json')
    writeFileSync(path, 'old')
    const write = atomicWriteText(
      path,
      'new'.repeat(1000),
      shortWrites((asked, call) => (call === 0 ? Math.min(asked, 100) : 0))
    )
    await expect(write).rejects.toThrow('The disk is full: nothing was changed')
    await expect(write).rejects.toBeInstanceOf(SaveError)
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(folder.dir)).toEqual(['d.pipewright.json'])
  })

  it('keeps the old file whole and removes the temporary file when the rename fails', async () => {
    const path = join(folder.dir, 'd.pipewright.json')
    writeFileSync(path, 'old')
    const rename = vi
      .spyOn(fs.promises, 'rename')
      .mockRejectedValue(Object.assign(new Error('EXDEV: injected'), { code: 'EXDEV' }))

    await expect(atomicWriteText(path, 'new')).rejects.toThrow(/EXDEV.*nothing was changed/)

    expect(rename).toHaveBeenCalledTimes(1)
    const [from, to] = rename.mock.calls[0]!
    expect(String(to)).toBe(path)
    expect(String(from).split('/').pop()).toMatch(TEMP_FILE_PATTERN)
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(folder.dir)).toEqual(['d.pipewright.json'])
  })

  it('says in words when writing fails with ENOSPC, and keeps the old file', async () => {
    const path = join(folder.dir, 'd.pipewright.json')
    writeFileSync(path, 'old')
    const ops = withHandle(() => ({
      write: async () =>
        Promise.reject(
          Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
        )
    }))
    await expect(atomicWriteText(path, 'new', ops)).rejects.toThrow(
      'The disk is full: nothing was changed. Free some space, or save somewhere else.'
    )
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(folder.dir)).toEqual(['d.pipewright.json'])
  })

  it('refuses a file whose size after fsync is not what was written', async () => {
    const path = join(folder.dir, 'd.pipewright.json')
    writeFileSync(path, 'old')
    const ops = withHandle(() => ({ stat: () => Promise.resolve({ size: 1 }) }))
    await expect(atomicWriteText(path, 'new', ops)).rejects.toThrow(
      /could not be written whole \(1 of 3 bytes\): nothing was changed/
    )
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(folder.dir)).toEqual(['d.pipewright.json'])
  })

  it('keeps the existing file’s permissions', async () => {
    const path = join(folder.dir, 'd.pipewright.json')
    writeFileSync(path, 'old')
    fs.chmodSync(path, 0o600)
    await atomicWriteText(path, 'new')
    expect(fs.statSync(path).mode & 0o777).toBe(0o600)
  })
})

describe('atomicWriteBytes', () => {
  it('writes the exact bytes, from a Uint8Array view into a larger buffer', async () => {
    const path = join(folder.dir, 'out.png')
    const backing = new Uint8Array([9, 9, 137, 80, 78, 71, 9])
    await atomicWriteBytes(path, backing.subarray(2, 6))
    expect([...readFileSync(path)]).toEqual([137, 80, 78, 71])
  })
})

/**
 * A real full disk: a 1 MB tmpfs, as the audit used. Mounting needs root (CI runs as
 * root); elsewhere this says it was skipped rather than pretend.
 */
function mountSmallDisk(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-full-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' })
    return dir
  } catch {
    rmSync(dir, { recursive: true, force: true })
    return undefined
  }
}

const disk = process.platform === 'linux' ? mountSmallDisk() : undefined
if (!disk)
  console.log(
    'atomicWrite: skipped the 1 MB tmpfs test: this machine cannot mount one here (needs root on Linux).'
  )
afterAll(() => {
  if (!disk) return
  execFileSync('umount', [disk])
  rmSync(disk, { recursive: true, force: true })
})

describe.runIf(disk !== undefined)('saving on a full 1 MB disk (tmpfs)', () => {
  it('refuses 1.5 MB over a 251 KB file: the old file stays whole and no temporary file is left', async () => {
    const path = join(disk!, 'big.pipewright.json')
    const old = 'o'.repeat(251 * 1024)
    writeFileSync(path, old)
    await expect(atomicWriteText(path, 'n'.repeat(1536 * 1024))).rejects.toThrow(
      'The disk is full: nothing was changed'
    )
    expect(readFileSync(path, 'utf8')).toBe(old)
    expect(readdirSync(disk!)).toEqual(['big.pipewright.json'])
    // And a save that fits still goes through.
    await atomicWriteText(path, 'small')
    expect(readFileSync(path, 'utf8')).toBe('small')
  })
})

// Root may write any file, so the real permission check only means something for another user.
const root = process.getuid?.() === 0
if (root)
  console.log(
    'atomicWrite: skipped the real read-only file check: running as root, who may write any file.'
  )
describe.runIf(!root)('nodeFileOps.isWritable on a real read-only file', () => {
  it('says a chmod 444 file is not writable, a missing one is, and a normal one is', async () => {
    const { nodeFileOps } = await import('../../src/main/files/fileOps')
    const path = join(folder.dir, 'locked.pipewright.json')
    writeFileSync(path, 'x')
    fs.chmodSync(path, 0o444)
    expect(await nodeFileOps.isWritable(path)).toBe(false)
    expect(await nodeFileOps.isWritable(join(folder.dir, 'missing.pipewright.json'))).toBe(true)
    fs.chmodSync(path, 0o644)
    expect(await nodeFileOps.isWritable(path)).toBe(true)
  })
})
