import type { DiagramGroup, DiagramNote } from '../diagram/types'
import type { CanvasPalette } from '../theme/palette'
import { baseline, fit, n, text, wrap, type Size, type TextMeasure } from './svgPrimitives'
import { escapeXml } from './xml'

/** Groups and notes as the canvas draws them: the frames behind the cards and the sticky notes. */

const GROUP_DASH: Record<DiagramGroup['kind'], string | undefined> = {
  region: '6 4',
  custom: '6 4',
  vpc: undefined,
  'on-premises': undefined,
  'availability-zone': '0 4'
}

export function groupSvg(group: DiagramGroup, p: CanvasPalette, measure: TextMeasure): string {
  const { x, y } = group.position
  const { width, height } = group.size
  const colour = p.group[group.kind]
  const dash = GROUP_DASH[group.kind]
  const dashAttrs = dash
    ? ` stroke-dasharray="${dash}"${dash.startsWith('0') ? ' stroke-linecap="round"' : ''}`
    : ''
  const font = { size: 12, bold: true }
  const label = fit(group.label, Math.max(0, width - 20), font, measure)
  return (
    `<g class="group" data-id="${escapeXml(group.id)}">` +
    `<rect x="${n(x + 1)}" y="${n(y + 1)}" width="${n(Math.max(0, width - 2))}" height="${n(Math.max(0, height - 2))}" rx="11" fill="${colour}" fill-opacity="0.05" stroke="${colour}" stroke-width="2"${dashAttrs}/>` +
    (label
      ? text(
          x + 10,
          baseline(y + 6, 14, 12),
          label,
          ` font-size="12" font-weight="700" fill="${colour}"`
        )
      : '') +
    `</g>`
  )
}

export function noteSvg(
  note: DiagramNote,
  size: Size,
  p: CanvasPalette,
  measure: TextMeasure
): string {
  const { x, y } = note.position
  const font = { size: 13, bold: false }
  const lineHeight = 15
  // The note scrolls on the canvas; the picture shows the lines that fit.
  const room = Math.max(1, Math.floor((size.height - 20) / lineHeight))
  const lines = wrap(note.text, Math.max(10, size.width - 24), font, measure).slice(0, room)
  const tspans = lines
    .map(
      (line, i) =>
        `<tspan x="${n(x + 12)}" y="${n(baseline(y + 10 + i * lineHeight, lineHeight, 13))}">${escapeXml(line)}</tspan>`
    )
    .join('')
  return (
    `<g class="note" data-id="${escapeXml(note.id)}">` +
    `<rect x="${n(x)}" y="${n(y)}" width="${n(size.width)}" height="${n(size.height)}" rx="4" fill="${p.noteBg}" stroke="#000000" stroke-opacity="0.08"/>` +
    `<text font-size="13" fill="${p.noteText}" xml:space="preserve">${tspans}</text>` +
    `</g>`
  )
}
