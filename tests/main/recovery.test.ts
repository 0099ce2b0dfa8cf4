import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RECOVERY_FILE_NAME } from '../../src/main/files/recovery'
import { diagramText, ipcHarness, tempFolderPerTest } from './harness'

const folder = tempFolderPerTest()

describe('recovery file (writeRecovery / readRecovery / discardRecovery)', () => {
  it('round-trips the draft through recovery.pipewright.json in the user-data folder, dated by the file', async () => {
    const userData = join(folder.dir, 'user data', 'Pipewright')
    const ipc = await ipcHarness({ userData })
    await expect(ipc.invoke('readRecovery')).resolves.toEqual({ found: false })

    // The user-data folder does not exist yet on a first run.
    await expect(ipc.invoke('writeRecovery', { text: diagramText('draft') })).resolves.toEqual({ ok: true })
    const path = join(userData, RECOVERY_FILE_NAME)
    expect(readFileSync(path, 'utf8')).toBe(diagramText('draft'))
    const savedAt = new Date('2026-11-20T10:30:00.000Z')
    utimesSync(path, savedAt, savedAt)

    // The next start, in a new session, finds it.
    const next = await ipcHarness({ userData })
    await expect(next.invoke('readRecovery')).resolves.toEqual({ found: true, text: diagramText('draft'), savedAt: '2026-11-20T10:30:00.000Z' })

    await expect(next.invoke('discardRecovery')).resolves.toEqual({ ok: true })
    expect(existsSync(path)).toBe(false)
    await expect(next.invoke('readRecovery')).resolves.toEqual({ found: false })
    // Discarding twice is harmless.
    await expect(next.invoke('discardRecovery')).resolves.toEqual({ ok: true })
  })

  it('a later write replaces the earlier draft', async () => {
    const ipc = await ipcHarness({ userData: folder.dir })
    await ipc.invoke('writeRecovery', { text: diagramText('one') })
    await ipc.invoke('writeRecovery', { text: diagramText('two') })
    await expect(ipc.invoke('readRecovery')).resolves.toMatchObject({ found: true, text: diagramText('two') })
  })

  it('a corrupt recovery file yields {found:false} and is left on disk', async () => {
    const path = join(folder.dir, RECOVERY_FILE_NAME)
    const ipc = await ipcHarness({ userData: folder.dir })
    for (const corrupt of ['{"format":"pipewright/diagram", "nodes": [', '{"__proto__": {"polluted": true}}', Buffer.from([0xff, 0xfe, 0x00])]) {
      writeFileSync(path, corrupt)
      await expect(ipc.invoke('readRecovery')).resolves.toEqual({ found: false })
      expect(readFileSync(path)).toEqual(Buffer.from(corrupt))
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses to replace a good draft with text that would not load', async () => {
    const ipc = await ipcHarness({ userData: folder.dir })
    await ipc.invoke('writeRecovery', { text: diagramText('good') })
    await expect(ipc.invoke('writeRecovery', { text: 'not json' })).rejects.toThrow(/Refused writeRecovery/)
    await expect(ipc.invoke('readRecovery')).resolves.toMatchObject({ found: true, text: diagramText('good') })
  })

  it('a discard asked for while a write is in flight still wins', async () => {
    const ipc = await ipcHarness({ userData: folder.dir })
    const write = ipc.invoke('writeRecovery', { text: diagramText('late autosave') })
    const discard = ipc.invoke('discardRecovery')
    await Promise.all([write, discard])
    expect(existsSync(join(folder.dir, RECOVERY_FILE_NAME))).toBe(false)
  })
})
