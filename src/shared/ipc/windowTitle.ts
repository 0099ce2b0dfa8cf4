import type { DocumentState } from './contract'

/** The desktop window's title and the browser tab's: the same words in both. */
export function windowTitle({ name, dirty }: DocumentState): string {
  return `${dirty ? '• ' : ''}${name || 'Untitled'} — Pipewright`
}
