/**
 * Typing "2500" into a field is one edit, not four: changes to the same field within a moment
 * of each other are folded into a single undo step, by pausing the history for the later ones.
 */
export const COALESCE_MS = 1500

export interface PausableHistory {
  pause(): void
  resume(): void
}

export interface Coalescer {
  /** Runs `apply`; a run with the same key as the last one, within `windowMs` of it, adds no undo step. */
  run(key: string, apply: () => unknown, windowMs?: number): void
  /** The next edit starts a new undo step whatever its key (after an undo or a redo). */
  reset(): void
}

export function createCoalescer(
  history: () => PausableHistory,
  now: () => number = Date.now
): Coalescer {
  let last: { key: string; at: number } | undefined
  return {
    run(key, apply, windowMs = COALESCE_MS) {
      const at = now()
      const same = last?.key === key && at - last.at < windowMs
      last = { key, at }
      if (!same) {
        apply()
        return
      }
      const h = history()
      h.pause()
      try {
        apply()
      } finally {
        h.resume()
      }
    },
    reset() {
      last = undefined
    }
  }
}
