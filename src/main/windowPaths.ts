import { resolve } from 'node:path'

/**
 * Which files each window may write without a dialog: only those the main process itself handed
 * to that window in this session (opened there, saved there, or sent to it from the menu, the
 * command line or the Finder). A page that names any other path gets the save dialog.
 */
export interface WindowPaths {
  grant(windowId: number, path: string): void
  allows(windowId: number, path: string): boolean
  /** The window closed: what it was handed goes with it. */
  forget(windowId: number): void
}

export function createWindowPaths(): WindowPaths {
  const byWindow = new Map<number, Set<string>>()
  return {
    grant(windowId, path) {
      let paths = byWindow.get(windowId)
      if (!paths) byWindow.set(windowId, (paths = new Set()))
      paths.add(resolve(path))
    },
    allows: (windowId, path) => byWindow.get(windowId)?.has(resolve(path)) ?? false,
    forget: (windowId) => void byWindow.delete(windowId)
  }
}

/**
 * What main hands to a window (an opened or saved file) may be saved there again without a
 * dialog, if it is a diagram file (not an exported image, which `isKnown` leaves out).
 */
export function handOver<R extends { canceled: boolean; path?: string }>(
  windowPaths: WindowPaths,
  isKnown: (path: string) => boolean,
  windowId: number,
  result: R
): R {
  if (result.path && isKnown(result.path)) windowPaths.grant(windowId, result.path)
  return result
}
