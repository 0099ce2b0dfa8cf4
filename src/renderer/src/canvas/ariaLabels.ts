import type { AriaLabelConfig } from '@xyflow/react'

/** What a screen reader says on a focused node or edge: the keys this app gives them. */
export const CANVAS_ARIA_LABELS: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default':
    'Press Enter or Space to select the node and show it in the inspector, then the arrow keys to move it, Delete to remove it, Escape to deselect it.',
  'node.a11yDescription.keyboardDisabled':
    'Press Enter or Space to select the node and show it in the inspector, Delete to remove it, Escape to deselect it.',
  'edge.a11yDescription.default':
    'Press Enter or Space to select the connection and show its verdict and fix in the inspector, Delete to remove it, Escape to deselect it.'
}
