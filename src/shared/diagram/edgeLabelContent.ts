import type { Verdict } from '../mechanisms/integrationMatrix'

const VERDICT_SIGN = { ok: '✓', warning: '⚠', error: '✗' } as const

/** What an edge's label says, and the text of its fix button: the canvas, its label placement and the SVG export read it here. */
export interface LabelContent {
  text: string
  fix?: string
}

export function edgeLabelContent(
  verdict: Verdict,
  mechanism: string | undefined,
  fixLabel: string | undefined
): LabelContent {
  // The reason is in the tooltip, the inspector and the problems list.
  const words = verdict === 'error' ? 'Not a direct integration' : (mechanism ?? '')
  const content: LabelContent = {
    text: words ? `${VERDICT_SIGN[verdict]} ${words}` : VERDICT_SIGN[verdict]
  }
  if (fixLabel) content.fix = `Fix: ${fixLabel}`
  return content
}
