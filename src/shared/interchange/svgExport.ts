import { getService, type ServiceId } from '../catalog/services'
import type { Verdict } from '../mechanisms/integrationMatrix'
import type { Diagram, DiagramGroup, DiagramNode, DiagramNote } from '../diagram/types'
import { PALETTES, type CanvasPalette } from '../theme/palette'
import {
  arrowHeadPath,
  bezierEdge,
  pointOnEdge,
  serviceHandles,
  type Point
} from '../diagram/edgeGeometry'
import { diagramMetadata } from './svgEmbed'
import { iconSymbol } from './svgSymbols'
import { escapeXml } from './xml'

/**
 * The diagram as a plain SVG: rectangles, paths, text and one <symbol> per service icon, with
 * the diagram's JSON in <metadata>, so any SVG renderer or vector editor can use it and
 * Pipewright can open it again. Pure: the app passes what it measured, tests and tools defaults.
 */

/** Space around the diagram in an exported image, in diagram units. */
export const EXPORT_PADDING = 40

/** The canvas's font, then fonts that stand in for it where it is missing (librsvg, other systems). */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', sans-serif"

export interface Size {
  width: number
  height: number
}

/** Width of a line of text in diagram units; the app measures with the canvas's own font. */
export type TextMeasure = (text: string, font: { size: number; bold: boolean }) => number

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

export interface NodeFigures {
  capacity?: string
  cost?: string
  problems?: { count: number; severity: 'error' | 'warning' | 'info' }
}

export interface SvgExportInput {
  diagram: Diagram
  /** The diagram file's text, embedded so the SVG opens again as the diagram. */
  diagramJson: string
  verdicts: ReadonlyMap<string, Verdict> | Readonly<Record<string, Verdict>>
  /** Sizes the canvas measured, by item id; services, notes without a size and anything unmeasured get defaults. */
  sizes?: Readonly<Record<string, Size>>
  /** Labels to draw, by edge id: the canvas shows them all or only on problem edges. */
  edgeLabels?: Readonly<Record<string, EdgeLabel>>
  /** Where the canvas put each card's handles, relative to the card; computed from the size otherwise. */
  handles?: Readonly<Record<string, { source: Point; target: Point }>>
  figures?: Readonly<Record<string, NodeFigures>>
  /** SVG file text of each service's icon. */
  icons?: Partial<Record<ServiceId, string>>
  theme?: 'light' | 'dark'
  transparent?: boolean
  measureText?: TextMeasure
}

const DEFAULT_SERVICE_SIZE: Size = { width: 190, height: 56 }
const DEFAULT_NOTE_SIZE: Size = { width: 200, height: 100 }

/** A rough width for when nothing can measure: average glyph widths of a sans-serif face. */
const estimateTextWidth: TextMeasure = (text, font) => {
  let em = 0
  for (const c of text) {
    if (/[ijlI.,:;'|!\s]/.test(c)) em += 0.3
    else if (/[mwMW@]/.test(c)) em += 0.88
    else if (/[A-Z]/.test(c)) em += 0.68
    else if (/[0-9]/.test(c)) em += 0.58
    else em += 0.56
  }
  return em * font.size * (font.bold ? 1.07 : 1)
}

function n(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/** Cuts text to fit a width, ending in an ellipsis, as CSS text-overflow does. */
function fit(
  text: string,
  width: number,
  font: { size: number; bold: boolean },
  measure: TextMeasure
): string {
  if (measure(text, font) <= width) return text
  const chars = Array.from(text)
  let low = 0
  let high = chars.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (measure(`${chars.slice(0, mid).join('')}…`, font) <= width) low = mid
    else high = mid - 1
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`
}

/** Word-wrapped lines, as the browser wraps a block of the given width (long words break). */
function wrap(
  text: string,
  width: number,
  font: { size: number; bold: boolean },
  measure: TextMeasure
): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/(?<=\s)/)) {
      const candidate = line + word
      if (line === '' || measure(candidate.trimEnd(), font) <= width) {
        line = candidate
        continue
      }
      lines.push(line.trimEnd())
      line = word
    }
    // A single word wider than the block breaks where it overflows.
    while (line.length > 1 && measure(line.trimEnd(), font) > width) {
      const chars = Array.from(line)
      let take = chars.length - 1
      while (take > 1 && measure(chars.slice(0, take).join(''), font) > width) take--
      lines.push(chars.slice(0, take).join(''))
      line = chars.slice(take).join('')
    }
    lines.push(line.trimEnd())
  }
  return lines
}

/** Alphabetic baseline of a line box: about where a browser puts it for common sans-serif faces. */
function baseline(top: number, lineHeight: number, fontSize: number): number {
  return top + lineHeight / 2 + fontSize * 0.35
}

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs}>${escapeXml(content)}</text>`
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

function bounds(boxes: Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 }
  const x = Math.min(...boxes.map((b) => b.x))
  const y = Math.min(...boxes.map((b) => b.y))
  const right = Math.max(...boxes.map((b) => b.x + b.width))
  const bottom = Math.max(...boxes.map((b) => b.y + b.height))
  return { x, y, width: right - x, height: bottom - y }
}

const GROUP_DASH: Record<DiagramGroup['kind'], string | undefined> = {
  region: '6 4',
  custom: '6 4',
  vpc: undefined,
  'on-premises': undefined,
  'availability-zone': '0 4'
}

function groupSvg(group: DiagramGroup, p: CanvasPalette, measure: TextMeasure): string {
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

function noteSvg(note: DiagramNote, size: Size, p: CanvasPalette, measure: TextMeasure): string {
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

function serviceSvg(
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

/** The canvas's widest label pill, in diagram units, when the placement does not give one. */
const MAX_LABEL_WIDTH = 180

function edgeLabelSvg(
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

function isVerdictMap(
  verdicts: SvgExportInput['verdicts']
): verdicts is ReadonlyMap<string, Verdict> {
  return verdicts instanceof Map
}

function verdictOf(verdicts: SvgExportInput['verdicts'], id: string): Verdict {
  const v = isVerdictMap(verdicts) ? verdicts.get(id) : verdicts[id]
  // An edge the checks know nothing about is drawn as the canvas draws it: an error.
  return v ?? 'error'
}

export function diagramToSvg(input: SvgExportInput): string {
  const { diagram } = input
  const p = PALETTES[input.theme ?? 'light']
  const measure = input.measureText ?? estimateTextWidth
  const sizes = input.sizes ?? {}
  const cardSizes = new Map(
    diagram.nodes.map((node) => [
      node.id,
      sizes[node.id] ?? serviceCardSize(node, input.figures?.[node.id], measure)
    ])
  )
  const serviceSize = (node: DiagramNode): Size => cardSizes.get(node.id) ?? DEFAULT_SERVICE_SIZE
  const noteSize = (note: DiagramNote): Size => note.size ?? sizes[note.id] ?? DEFAULT_NOTE_SIZE

  const area = bounds([
    ...(diagram.groups ?? []).map((g) => ({ ...g.position, ...g.size })),
    ...(diagram.notes ?? []).map((note) => ({ ...note.position, ...noteSize(note) })),
    ...diagram.nodes.map((node) => ({ ...node.position, ...serviceSize(node) }))
  ])
  const view = {
    x: area.x - EXPORT_PADDING,
    y: area.y - EXPORT_PADDING,
    width: Math.ceil(area.width + 2 * EXPORT_PADDING),
    height: Math.ceil(area.height + 2 * EXPORT_PADDING)
  }

  // One symbol per service shown, whatever the number of its nodes.
  const symbols: string[] = []
  const iconIds = new Map<string, string>()
  for (const node of diagram.nodes) {
    if (iconIds.has(node.service)) continue
    const source = input.icons?.[node.service]
    const symbol = source ? iconSymbol(`icon-${node.service}`, source) : undefined
    if (!symbol) continue
    iconIds.set(node.service, `icon-${node.service}`)
    symbols.push(symbol)
  }

  const groupDepth = (g: DiagramGroup): number => {
    let depth = 0
    let parent = g.parentId
    const byId = new Map((diagram.groups ?? []).map((x) => [x.id, x]))
    while (parent !== undefined && depth < 64) {
      depth++
      parent = byId.get(parent)?.parentId
    }
    return depth
  }
  const groups = [...(diagram.groups ?? [])]
    .sort((a, b) => groupDepth(a) - groupDepth(b))
    .map((g) => groupSvg(g, p, measure))

  const handleAt = (node: DiagramNode, end: 'source' | 'target'): Point => {
    const offset = input.handles?.[node.id]?.[end]
    return offset
      ? { x: node.position.x + offset.x, y: node.position.y + offset.y }
      : serviceHandles(node.position, serviceSize(node))[end]
  }
  const nodesById = new Map(diagram.nodes.map((node) => [node.id, node]))
  const edges: string[] = []
  const labels: string[] = []
  for (const edge of diagram.edges) {
    const source = nodesById.get(edge.source)
    const target = nodesById.get(edge.target)
    if (!source || !target) continue
    const verdict = verdictOf(input.verdicts, edge.id)
    const from = handleAt(source, 'source')
    const to = handleAt(target, 'target')
    const curve = bezierEdge(from, 'right', to, 'left')
    const colour = p.verdict[verdict]
    const dash = verdict === 'error' ? ' stroke-dasharray="6 4"' : ''
    edges.push(
      `<g class="edge verdict-${verdict}" data-id="${escapeXml(edge.id)}"><path d="${curve.path}" fill="none" stroke="${colour}" stroke-width="2"${dash}/><path d="${arrowHeadPath(to.x, to.y, 'left')}" fill="${colour}"/></g>`
    )
    const label = input.edgeLabels?.[edge.id]
    if (label) {
      const at =
        label.t === undefined
          ? curve.label
          : pointOnEdge(
              {
                sourceX: from.x,
                sourceY: from.y,
                sourceSide: 'right',
                targetX: to.x,
                targetY: to.y,
                targetSide: 'left'
              },
              label.t
            )
      labels.push(edgeLabelSvg(at, verdict, label, p, measure))
    }
  }

  const notes = (diagram.notes ?? []).map((note) => noteSvg(note, noteSize(note), p, measure))
  const services = diagram.nodes.map((node) =>
    serviceSvg(node, serviceSize(node), input.figures?.[node.id], p, iconIds, measure)
  )

  const background = input.transparent
    ? ''
    : `<rect x="${n(view.x)}" y="${n(view.y)}" width="${view.width}" height="${view.height}" fill="${p.canvasBg}"/>`
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${view.width}" height="${view.height}" viewBox="${n(view.x)} ${n(view.y)} ${view.width} ${view.height}">\n` +
    `<title>${escapeXml(diagram.name)}</title>\n` +
    `${diagramMetadata(input.diagramJson)}\n` +
    `<defs>${symbols.join('\n')}</defs>\n` +
    `<g font-family="${escapeXml(FONT_STACK)}">\n` +
    [background, ...groups, ...edges, ...labels, ...notes, ...services].filter(Boolean).join('\n') +
    `\n</g>\n</svg>\n`
  )
}
