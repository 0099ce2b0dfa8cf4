import { getService } from '../catalog/services'
import type { DiagramNode } from '../diagram/types'
import type { CanvasPalette } from '../theme/palette'
import {
  baseline,
  estimateTextWidth,
  fit,
  n,
  text,
  wrap,
  type Size,
  type TextMeasure
} from './svgPrimitives'
import { escapeXml } from './xml'

/** A service's card: its border, icon, name, label, figure pills, problem badge and retired tag. */

export interface NodeFigures {
  capacity?: string
  cost?: string
  problems?: { count: number; severity: 'error' | 'warning' | 'info' }
}

/** The card's border, its 4 px left edge in the category's colour, as CSS draws a rounded box. */
function leftBorderPath(x: number, y: number, h: number): string {
  const b = y + h
  return `M${n(x + 10)},${n(y)}A10,10 0 0 0 ${n(x)},${n(y + 10)}V${n(b - 10)}A10,10 0 0 0 ${n(x + 10)},${n(b)}V${n(b - 1)}A6,9 0 0 1 ${n(x + 4)},${n(b - 10)}V${n(y + 10)}A6,9 0 0 1 ${n(x + 10)},${n(y + 1)}Z`
}

function pill(
  x: number,
  y: number,
  label: string,
  font: { size: number; bold: boolean },
  fill: string,
  colour: string,
  measure: TextMeasure
): { svg: string; width: number } {
  const width = measure(label, font) + 8
  const height = 13
  return {
    svg:
      `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${height}" rx="4" fill="${fill}"/>` +
      text(
        x + 4,
        baseline(y, height, font.size),
        label,
        ` font-size="${font.size}" fill="${colour}"`
      ),
    width
  }
}

const NAME_FONT = { size: 13, bold: true }
const LABEL_FONT = { size: 12, bold: false }
const FIGURE_FONT = { size: 11, bold: false }

/** The card's text column: after the icon, up to the right padding (styles.css .service-node, .service-text). */
const TEXT_LEFT = 60
const CARD_CHROME = 71
const CARD_WIDTH = { min: 190, max: 260 }
const CARD_MIN_HEIGHT = 56

/** What the canvas sizes a card to when nothing measured it: as wide as its text up to 260, as tall as its lines. */
export function serviceCardSize(
  node: DiagramNode,
  figures: NodeFigures | undefined,
  measure: TextMeasure = estimateTextWidth
): Size {
  const name = getService(node.service).name
  const figuresWidth =
    (figures?.capacity ? measure(figures.capacity, FIGURE_FONT) + 8 : 0) +
    (figures?.cost ? measure(figures.cost, FIGURE_FONT) + 8 : 0) +
    (figures?.capacity && figures.cost ? 6 : 0)
  const content = Math.max(
    measure(name, NAME_FONT),
    node.label ? measure(node.label, LABEL_FONT) : 0,
    figuresWidth
  )
  const width = Math.min(CARD_WIDTH.max, Math.max(CARD_WIDTH.min, Math.ceil(content + CARD_CHROME)))
  const lines = wrap(name, width - CARD_CHROME, NAME_FONT, measure).length
  const block = lines * 15.6 + (node.label ? 14 : 0) + (figures?.capacity || figures?.cost ? 16 : 0)
  return { width, height: Math.max(CARD_MIN_HEIGHT, Math.ceil(block + 18)) }
}
export function serviceSvg(
  node: DiagramNode,
  size: Size,
  figures: NodeFigures | undefined,
  p: CanvasPalette,
  iconIds: ReadonlyMap<string, string>,
  measure: TextMeasure
): string {
  const service = getService(node.service)
  const { x, y } = node.position
  const { width: w, height: h } = size
  const severity =
    figures?.problems && figures.problems.count > 0 ? figures.problems.severity : undefined
  const edgeColour = severity === 'error' || severity === 'warning' ? p.verdict[severity] : p.border
  const parts: string[] = [
    `<rect x="${n(x + 0.5)}" y="${n(y + 0.5)}" width="${n(w - 1)}" height="${n(h - 1)}" rx="9.5" fill="${p.panel}" stroke="${edgeColour}"/>`,
    `<path d="${leftBorderPath(x, y, h)}" fill="${p.category[service.category]}"/>`
  ]
  const iconY = y + (h - 36) / 2
  if (p.iconBg !== 'none')
    parts.push(
      `<rect x="${n(x + 14)}" y="${n(iconY)}" width="36" height="36" rx="6" fill="${p.iconBg}"/>`
    )
  const iconId = iconIds.get(node.service)
  if (iconId)
    parts.push(
      `<use xlink:href="#${iconId}" x="${n(x + 14)}" y="${n(iconY)}" width="36" height="36"/>`
    )

  // The text column runs from after the icon to the card's right padding (styles.css .service-text).
  const column = Math.max(10, w - CARD_CHROME)
  const nameLines = wrap(service.name, column, NAME_FONT, measure)
  const label = node.label ? fit(node.label, column, LABEL_FONT, measure) : undefined
  const hasFigures = Boolean(figures?.capacity || figures?.cost)
  const blockHeight = nameLines.length * 15.6 + (label ? 14 : 0) + (hasFigures ? 16 : 0)
  let top = y + Math.max(8, (h - blockHeight) / 2)
  const left = x + TEXT_LEFT
  for (const line of nameLines) {
    parts.push(
      text(
        left,
        baseline(top, 15.6, 13),
        line,
        ` font-size="13" font-weight="600" fill="${p.text}"`
      )
    )
    top += 15.6
  }
  if (label) {
    parts.push(text(left, baseline(top, 14, 12), label, ` font-size="12" fill="${p.muted}"`))
    top += 14
  }
  if (hasFigures) {
    let fx = left
    if (figures?.capacity) {
      const badge = pill(
        fx,
        top + 3,
        figures.capacity,
        FIGURE_FONT,
        p.capacityBg,
        p.capacityText,
        measure
      )
      parts.push(badge.svg)
      fx += badge.width + 6
    }
    if (figures?.cost)
      parts.push(pill(fx, top + 3, figures.cost, FIGURE_FONT, p.costBg, p.text, measure).svg)
  }
  if (figures?.problems && figures.problems.count > 0) {
    const count = String(figures.problems.count)
    const bw = Math.max(18, measure(count, { size: 11, bold: true }) + 10)
    const colour =
      figures.problems.severity === 'info' ? p.muted : p.verdict[figures.problems.severity]
    parts.push(
      `<rect x="${n(x + w + 9 - bw)}" y="${n(y - 9)}" width="${n(bw)}" height="18" rx="9" fill="${colour}"/>` +
        `<text x="${n(x + w + 9 - bw / 2)}" y="${n(baseline(y - 9, 18, 11))}" font-size="11" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeXml(count)}</text>`
    )
  }
  if (service.retired) {
    const font = { size: 9, bold: false }
    const tag = (service.retired.tag ?? 'retired').toUpperCase()
    const tw = measure(tag, font) + 8
    parts.push(
      `<rect x="${n(x + 16)}" y="${n(y + h - 4)}" width="${n(tw)}" height="13" rx="4" fill="${p.panel}" stroke="${p.verdict.warning}"/>` +
        text(x + 20, baseline(y + h - 4, 13, 9), tag, ` font-size="9" fill="${p.verdict.warning}"`)
    )
  }
  const opacity = service.retired ? ' opacity="0.85"' : ''
  return `<g class="service" data-id="${escapeXml(node.id)}" data-service="${escapeXml(node.service)}"${opacity}>${parts.join('')}</g>`
}
