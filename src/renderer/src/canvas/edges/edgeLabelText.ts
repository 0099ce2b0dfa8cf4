import type { Verdict } from '../../../../shared/catalog/integrationMatrix'

/**
 * What an edge's label says after its verdict sign, on the canvas and in an SVG export. An error
 * edge with a fix shows the fix button instead of text: the reason is in the tooltip and panels.
 */
export function edgeLabelText(verdict: Verdict, mechanism: string | undefined, fixLabel: string | undefined): string {
  if (verdict === 'error') return fixLabel ? '' : 'Not a direct integration'
  return mechanism ?? ''
}
