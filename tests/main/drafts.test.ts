import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DRAFTS_FOLDER_NAME, LEGACY_RECOVERY_FILE_NAME } from '../../src/main/files/drafts'
import { DRAFT_MAX_AGE_DAYS, LEGACY_DRAFT_ID } from '../../src/shared/ipc/contract'
import { diagramText, ipcHarness, tempFolderPerTest } from './harness'

const folder = tempFolderPerTest()
const DAY_MS = 24 * 60 * 60 * 1000

const draft = (id: string, name: string, extra: { path?: string } = {}) => ({
  id,
  name,
  ...extra,
  text: diagramText(name)
})
const draftsDir = () => join(folder.dir, DRAFTS_FOLDER_NAME)

/** Dates a draft file as if its last autosave was `daysAgo` days before `now`. */
function age(id: string, now: Date, daysAgo: number) {
  const when = new Date(now.getTime() - daysAgo * DAY_MS)
  utimesSync(join(draftsDir(), `${id}.draft.json`), when, when)
}

describe('drafts: one per document per session (writeDraft / listDrafts / readDraft / discardDraft)', () => {
  it('keeps a crashed session’s draft through every later autosave, and offers each draft with its document and time', async () => {
    const crashed = await ipcHarness({
      userData: folder.dir,
      now: () => new Date('2026-11-30T09:00:00.000Z')
    })
    await crashed.invoke(
      'writeDraft',
      draft('session1-docA', 'Orders', { path: '/home/me/orders.pipewright.json' })
    )
    // The same session opened another document: its own draft, the first one is untouched.
    await crashed.invoke('writeDraft', draft('session1-docB', 'Clicks'))
    await crashed.invoke('writeDraft', draft('session1-docB', 'Clicks v2'))
    // …and then the app crashed. The next start is a new session.
    const next = await ipcHarness({
      userData: folder.dir,
      now: () => new Date('2026-11-30T10:00:00.000Z')
    })
    const { drafts } = (await next.invoke('listDrafts')) as { drafts: unknown[] }
    expect(drafts).toEqual([
      {
        id: 'session1-docA',
        name: 'Orders',
        path: '/home/me/orders.pipewright.json',
        savedAt: '2026-11-30T09:00:00.000Z'
      },
      { id: 'session1-docB', name: 'Clicks v2', savedAt: '2026-11-30T09:00:00.000Z' }
    ])
    // The new session autosaves its own work: new ids, nothing replaced.
    await next.invoke('writeDraft', draft('session2-docC', 'Fresh'))
    await expect(
      next.invoke('writeDraft', draft('session1-docA', 'overwrite attempt'))
    ).rejects.toThrow(/left by another session/)
    await expect(next.invoke('readDraft', { id: 'session1-docA' })).resolves.toEqual({
      found: true,
      text: diagramText('Orders')
    })
    await expect(next.invoke('readDraft', { id: 'session1-docB' })).resolves.toEqual({
      found: true,
      text: diagramText('Clicks v2')
    })
    expect(readdirSync(draftsDir()).sort()).toEqual([
      'session1-docA.draft.json',
      'session1-docB.draft.json',
      'session2-docC.draft.json'
    ])
  })

  it('removes a draft only when asked for that draft', async () => {
    const ipc = await ipcHarness({ userData: folder.dir })
    await ipc.invoke('writeDraft', draft('session1-docA', 'A'))
    await ipc.invoke('writeDraft', draft('session1-docB', 'B'))
    await expect(ipc.invoke('discardDraft', { id: 'session1-docA' })).resolves.toEqual({ ok: true })
    expect(readdirSync(draftsDir())).toEqual(['session1-docB.draft.json'])
    // Discarding twice, or a draft that never was, is harmless.
    await expect(ipc.invoke('discardDraft', { id: 'session1-docA' })).resolves.toEqual({ ok: true })
    await expect(ipc.invoke('readDraft', { id: 'session1-docA' })).resolves.toEqual({
      found: false
    })
  })

  it('deletes drafts untouched for more than 30 days when drafts are next listed, and keeps younger ones', async () => {
    const now = new Date('2026-12-01T12:00:00.000Z')
    const ipc = await ipcHarness({ userData: folder.dir, now: () => now })
    await ipc.invoke('writeDraft', draft('session1-old', 'Old'))
    await ipc.invoke('writeDraft', draft('session1-young', 'Young'))
    age('session1-old', now, DRAFT_MAX_AGE_DAYS + 1)
    age('session1-young', now, DRAFT_MAX_AGE_DAYS - 1)
    const next = await ipcHarness({ userData: folder.dir, now: () => now })
    await expect(next.invoke('listDrafts')).resolves.toEqual({
      drafts: [expect.objectContaining({ id: 'session1-young' })]
    })
    expect(readdirSync(draftsDir())).toEqual(['session1-young.draft.json'])
  })

  it('does not offer a damaged or hostile draft file, and leaves it on disk', async () => {
    mkdirSync(draftsDir(), { recursive: true })
    const cases: Record<string, string | Buffer> = {
      'session1-trunc': '{"format":"pipewright/draft","version":1,',
      'session1-proto': JSON.stringify({
        format: 'pipewright/draft',
        version: 1,
        id: 'session1-proto',
        name: 'x',
        savedAt: '2026-11-30T09:00:00.000Z',
        diagram: diagramText(),
        __proto__: { polluted: true }
      }).replace('"diagram"', '"__proto__":{"polluted":true},"diagram"'),
      'session1-badutf': Buffer.from([0xff, 0xfe, 0x00]),
      'session1-wrongid': JSON.stringify({
        format: 'pipewright/draft',
        version: 1,
        id: 'session1-other',
        name: 'x',
        savedAt: '2026-11-30T09:00:00.000Z',
        diagram: diagramText()
      }),
      'session1-noload': JSON.stringify({
        format: 'pipewright/draft',
        version: 1,
        id: 'session1-noload',
        name: 'x',
        savedAt: '2026-11-30T09:00:00.000Z',
        diagram: '{"nodes": []}'
      })
    }
    for (const [id, body] of Object.entries(cases))
      writeFileSync(join(draftsDir(), `${id}.draft.json`), body)
    // A file that is not named like a draft is not Pipewright's.
    writeFileSync(join(draftsDir(), 'notes.txt'), 'mine')
    const ipc = await ipcHarness({ userData: folder.dir })
    await expect(ipc.invoke('listDrafts')).resolves.toEqual({ drafts: [] })
    for (const id of Object.keys(cases))
      await expect(ipc.invoke('readDraft', { id })).resolves.toEqual({ found: false })
    expect(readdirSync(draftsDir()).sort()).toEqual(
      [...Object.keys(cases).map((id) => `${id}.draft.json`), 'notes.txt'].sort()
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a draft that would not load, and ids that could name another file', async () => {
    const ipc = await ipcHarness({ userData: folder.dir })
    await ipc.invoke('writeDraft', draft('session1-good', 'good'))
    await expect(
      ipc.invoke('writeDraft', { id: 'session1-good', name: 'x', text: 'not json' })
    ).rejects.toThrow(/Refused writeDraft/)
    await expect(ipc.invoke('readDraft', { id: 'session1-good' })).resolves.toEqual({
      found: true,
      text: diagramText('good')
    })
    for (const id of ['../recent-files', 'a/b/c/d/e/f', '..%2f..%2fx', 'short', 'C:\\x\\y\\z']) {
      await expect(
        ipc.invoke('writeDraft', { id, name: 'x', text: diagramText() })
      ).rejects.toThrow(/invalid request/)
      await expect(ipc.invoke('discardDraft', { id })).rejects.toThrow(/invalid request/)
    }
    await expect(ipc.invoke('writeDraft', draft(LEGACY_DRAFT_ID, 'x'))).rejects.toThrow(
      /earlier version/
    )
  })

  it('a discard asked for while a write is in flight still wins', async () => {
    const ipc = await ipcHarness({ userData: folder.dir })
    const write = ipc.invoke('writeDraft', draft('session1-late', 'late autosave'))
    const discard = ipc.invoke('discardDraft', { id: 'session1-late' })
    await Promise.all([write, discard])
    expect(existsSync(join(draftsDir(), 'session1-late.draft.json'))).toBe(false)
  })

  it('offers the single recovery file of earlier versions like any other draft', async () => {
    const legacy = join(folder.dir, LEGACY_RECOVERY_FILE_NAME)
    writeFileSync(legacy, diagramText('from 0.1'))
    const savedAt = new Date('2026-11-29T08:00:00.000Z')
    utimesSync(legacy, savedAt, savedAt)
    const ipc = await ipcHarness({
      userData: folder.dir,
      now: () => new Date('2026-11-30T00:00:00.000Z')
    })
    await expect(ipc.invoke('listDrafts')).resolves.toEqual({
      drafts: [{ id: LEGACY_DRAFT_ID, name: 'from 0.1', savedAt: '2026-11-29T08:00:00.000Z' }]
    })
    await expect(ipc.invoke('readDraft', { id: LEGACY_DRAFT_ID })).resolves.toEqual({
      found: true,
      text: diagramText('from 0.1')
    })
    await ipc.invoke('discardDraft', { id: LEGACY_DRAFT_ID })
    expect(existsSync(legacy)).toBe(false)
  })

  it('writes a draft as readable, stable JSON holding the document’s diagram', async () => {
    const ipc = await ipcHarness({
      userData: folder.dir,
      now: () => new Date('2026-11-30T09:00:00.000Z')
    })
    await ipc.invoke(
      'writeDraft',
      draft('session1-docA', 'Orders', { path: '/home/me/o.pipewright.json' })
    )
    const text = readFileSync(join(draftsDir(), 'session1-docA.draft.json'), 'utf8')
    const stored = JSON.parse(text) as { diagram: string }
    expect(Object.keys(stored)).toEqual([
      'format',
      'version',
      'id',
      'name',
      'path',
      'savedAt',
      'diagram'
    ])
    expect(text).toMatch(/^\{\n {2}"format": "pipewright\/draft",\n/)
    expect(stored.diagram).toBe(diagramText('Orders'))
  })
})
