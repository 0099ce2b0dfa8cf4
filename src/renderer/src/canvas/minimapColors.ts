import type { AppNode } from './flowTypes'

/**
 * The minimap shows each service in its verdict's colour (its worst problem), through the theme's
 * variables so it follows light and dark; frames and notes stay quiet.
 */
export function minimapColor(node: AppNode): string {
  if (node.type === 'group') return 'transparent'
  if (node.type === 'note') return 'var(--minimap-note)'
  const severity = node.data.severity
  return severity === 'error' ? 'var(--error)' : severity === 'warning' ? 'var(--warning)' : 'var(--ok)'
}

export function minimapClass(node: AppNode): string {
  if (node.type !== 'service') return `minimap-${node.type}`
  const severity = node.data.severity
  return `minimap-service minimap-verdict-${severity === 'error' || severity === 'warning' ? severity : 'ok'}`
}
