import type { AppNode, ServiceFlowNode } from './flowTypes'

/** A service's worst: its own problems, or an edge of it that is not a documented integration. */
function minimapVerdict(data: ServiceFlowNode['data']): 'ok' | 'warning' | 'error' {
  if (data.severity === 'error' || data.edgeVerdict === 'error') return 'error'
  if (data.severity === 'warning' || data.edgeVerdict === 'warning') return 'warning'
  return 'ok'
}

/**
 * The minimap shows each service in its verdict's colour (its worst problem, or its worst edge),
 * through the theme's variables so it follows light and dark; frames and notes stay quiet.
 */
export function minimapColor(node: AppNode): string {
  if (node.type === 'group') return 'transparent'
  if (node.type === 'note') return 'var(--minimap-note)'
  return `var(--${minimapVerdict(node.data)})`
}

export function minimapClass(node: AppNode): string {
  if (node.type !== 'service') return `minimap-${node.type}`
  return `minimap-service minimap-verdict-${minimapVerdict(node.data)}`
}
