import type { ServiceId } from '../catalog/services'
import type { Verdict } from '../mechanisms/integrationMatrix'
import type { Diagram, DiagramGroup, DiagramNode, DiagramNote } from '../diagram/types'
import { PALETTES } from '../theme/palette'
import {
  arrowHeadPath,
  bezierEdge,
  pointOnEdge,
  serviceHandles,
  type Point
} from '../diagram/edgeGeometry'
import { diagramMetadata } from './svgEmbed'
import { type EdgeLabel, edgeLabelSvg } from './svgEdgeLabel'
import { groupSvg, noteSvg } from './svgGroupsNotes'
import { bounds, estimateTextWidth, n, type Size, type TextMeasure } from './svgPrimitives'
import { type NodeFigures, serviceCardSize, serviceSvg } from './svgServiceCard'
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
