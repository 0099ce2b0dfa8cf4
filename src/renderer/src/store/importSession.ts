import { create } from 'zustand'
import type { ImportReport } from '../../../shared/interchange/import/importReport'

/** The last import: its report, and the file's bytes so another page of it can be imported. */
export interface ImportSession {
  report: ImportReport
  source: { name: string; bytes: Uint8Array }
  /** draw.io: the page imported (0-based) and the names of every page; empty for a template. */
  page: number
  pages: readonly string[]
  /** The document the import became: once another takes its place, the report no longer applies. */
  documentKey: number
  /** Bumped per import, so the bottom panel shows the report each time. */
  n: number
  /** Suggested connections already added, by their index in the report. */
  added: ReadonlySet<number>
}

interface ImportState {
  session: ImportSession | null
  show: (session: Omit<ImportSession, 'n' | 'added'>) => void
  markAdded: (index: number) => void
}

export const useImportSession = create<ImportState>()((set, get) => ({
  session: null,
  show(session) {
    set({ session: { ...session, n: (get().session?.n ?? 0) + 1, added: new Set() } })
  },
  markAdded(index) {
    const { session } = get()
    if (session) set({ session: { ...session, added: new Set([...session.added, index]) } })
  }
}))
