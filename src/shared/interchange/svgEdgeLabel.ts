import type { Verdict } from '../mechanisms/integrationMatrix'
import type { Point } from '../diagram/edgeGeometry'
import type { CanvasPalette } from '../theme/palette'
import { baseline, fit, n, text, type TextMeasure } from './svgPrimitives'
import { escapeXml } from './xml'

/** An edge's label pill and its suggested fix's button, drawn over the edge as on the canvas. */

export interface EdgeLabel {
  /** The pill's text as the canvas shows it, sign included, e.g. "✓ PutRecords (SDK / KPL)". */
  text: string
  /** The suggested fix's button text ("Fix: Insert Data Firehose"), drawn under the pill as on the canvas. */
  fix?: string
  /** Where the canvas placed the label: a fraction along the edge (0 at the source); the middle when absent. */
  t?: number
  /** The pill's width on the canvas when it had to be shortened to stay clear of the cards. */
  width?: number
}

/** The canvas's widest label pill, in diagram units, when the placement does not give one. */
const MAX_LABEL_WIDTH = 180
export function edgeLabelSvg(
  at: Point,
  verdict: Verdict,
  label: EdgeLabel,
  p: CanvasPalette,
  measure: TextMeasure
): string {
  const font = { size: 11, bold: false }
  // As .edge-label in styles.css: 6 px padding and a 1 px border each side, 20 px tall.
  const room = (label.width ?? MAX_LABEL_WIDTH) - 14
  const content = fit(label.text, Math.max(12, room), font, measure)
  const width = 14 + measure(content, font)
  const height = 20
  const x = at.x - width / 2
  const y = at.y - height / 2
  const background = verdict === 'ok' ? p.panel : p.verdictBg[verdict]
  const parts = [
    `<rect x="${n(x + 0.5)}" y="${n(y + 0.5)}" width="${n(width - 1)}" height="${n(height - 1)}" rx="10" fill="${background}" stroke="${p.labelBorder[verdict]}"/>`,
    text(x + 7, baseline(y, height, 11), content, ` font-size="11" fill="${p.labelText[verdict]}"`)
  ]
  if (label.fix) {
    // .edge-fix: 3 px under the pill, centred, 19 px tall, 8 px padding.
    const fixWidth = measure(label.fix, font) + 18
    const bx = at.x - fixWidth / 2
    const by = y + height + 3
    parts.push(
      `<rect x="${n(bx + 0.5)}" y="${n(by + 0.5)}" width="${n(fixWidth - 1)}" height="18" rx="6" fill="${p.panel}" stroke="${p.accent}"/>` +
        text(bx + 9, baseline(by, 19, 11), label.fix, ` font-size="11" fill="${p.accent}"`)
    )
  }
  // A label the canvas had to shorten keeps its whole text as the tooltip, as on the canvas.
  const title = content === label.text ? '' : `<title>${escapeXml(label.text)}</title>`
  return `<g class="edge-label">${title}${parts.join('')}</g>`
}
