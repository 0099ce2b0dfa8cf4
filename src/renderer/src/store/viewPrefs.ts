import { create } from 'zustand'

/**
 * How this person likes to see the canvas. Not part of the diagram (so not undoable or saved
 * in the file); kept in localStorage between sessions.
 */
export type ThemeChoice = 'system' | 'light' | 'dark'

interface ViewPrefs {
  theme: ThemeChoice
  snapToGrid: boolean
  showEdgeLabels: boolean
  set: (patch: Partial<Omit<ViewPrefs, 'set'>>) => void
}

const KEY = 'pipewright.view'

function stored(): Partial<ViewPrefs> {
  try {
    const raw = localStorage.getItem(KEY)
    const value: unknown = raw ? JSON.parse(raw) : {}
    if (typeof value !== 'object' || value === null) return {}
    const v = value as Record<string, unknown>
    const out: Partial<ViewPrefs> = {}
    if (v.theme === 'system' || v.theme === 'light' || v.theme === 'dark') out.theme = v.theme
    if (typeof v.snapToGrid === 'boolean') out.snapToGrid = v.snapToGrid
    if (typeof v.showEdgeLabels === 'boolean') out.showEdgeLabels = v.showEdgeLabels
    return out
  } catch {
    return {}
  }
}

export const useViewPrefs = create<ViewPrefs>()((set, get) => ({
  theme: 'system',
  snapToGrid: false,
  showEdgeLabels: true,
  ...stored(),
  set(patch) {
    set(patch)
    const { theme, snapToGrid, showEdgeLabels } = get()
    try {
      localStorage.setItem(KEY, JSON.stringify({ theme, snapToGrid, showEdgeLabels }))
    } catch {
      // Preferences are a convenience; without storage they last for this session.
    }
  }
}))

export function useResolvedTheme(): 'light' | 'dark' {
  const theme = useViewPrefs((s) => s.theme)
  if (theme !== 'system') return theme
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light'
}
