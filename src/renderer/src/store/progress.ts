import { create } from 'zustand'

/** Long work the page is doing now (a layout, opening a large file), shown by ProgressStatus. */
export interface Progress {
  text: string
  /** Stops the work with nothing changed; also what Esc does. Absent when the work cannot be stopped. */
  cancel?: () => void
}

export const useProgress = create<{ progress: Progress | null }>()(() => ({ progress: null }))

/**
 * Shows `progress` if the work is still going after `delayMs` (quick work never flashes an
 * indicator). The returned function hides it again; call it when the work ends, however it ends.
 */
export function showProgress(progress: Progress, delayMs = 0): () => void {
  let shown = false
  const show = () => {
    shown = true
    useProgress.setState({ progress })
  }
  const timer = delayMs > 0 ? setTimeout(show, delayMs) : undefined
  if (delayMs <= 0) show()
  return () => {
    clearTimeout(timer)
    if (shown && useProgress.getState().progress === progress)
      useProgress.setState({ progress: null })
  }
}
