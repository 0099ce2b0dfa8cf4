import type { Node } from '@xyflow/react'
import { serializeDiagram } from '../../../shared/diagram/saveDiagram'
import { diagramToSvg, FONT_STACK } from '../../../shared/interchange/svgExport'
import type { EdgeLabel } from '../../../shared/interchange/svgEdgeLabel'
import type { Size, TextMeasure } from '../../../shared/interchange/svgPrimitives'
import type { NodeFigures } from '../../../shared/interchange/svgServiceCard'
import { toFlowEdges } from '../canvas/flowMapping'
import { labelContent } from '../canvas/edges/labelContent'
import { edgeLabelPlacements } from '../canvas/edges/edgeLabelPlacements'
import { formatUsd } from '../format'
import { iconSourcesFor } from '../icons/iconSources'
import { analysisFor } from '../store/analysis'
import { useEditor } from '../store/diagramStore'
import { useViewPrefs } from '../store/viewPrefs'

const NO_SELECTION = { nodeIds: new Set<string>(), edgeIds: new Set<string>() }

/** Widths from the page's own font engine, so wrapping and ellipses fall where the canvas puts them. */
function canvasMeasure(): TextMeasure {
  const context = document.createElement('canvas').getContext('2d')
  if (!context) return (text, font) => text.length * font.size * 0.55
  return (text, font) => {
    context.font = `${font.bold ? 600 : 400} ${font.size}px ${FONT_STACK}`
    return context.measureText(text).width
  }
}

type Point = { x: number; y: number }

/**
 * The cards as the canvas laid them out, in diagram units: React Flow measures a node with
 * offsetWidth (whole pixels) but places edge ends from its handles' fractional boxes, so read both
 * from the page to start each curve exactly where the canvas does.
 */
function cardsOnCanvas(): {
  handles: Record<string, { source: Point; target: Point }>
  cardSizes: Record<string, Size>
} {
  const handles: Record<string, { source: Point; target: Point }> = {}
  const cardSizes: Record<string, Size> = {}
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')
  const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a || 1 : 1
  for (const element of document.querySelectorAll<HTMLElement>(
    '.react-flow__node-service[data-id]'
  )) {
    const id = element.dataset.id!
    const card = element.getBoundingClientRect()
    const source = element.querySelector('.react-flow__handle.source')?.getBoundingClientRect()
    const target = element.querySelector('.react-flow__handle.target')?.getBoundingClientRect()
    if (!source || !target || card.width === 0) continue
    cardSizes[id] = { width: card.width / zoom, height: card.height / zoom }
    handles[id] = {
      source: {
        x: (source.right - card.left) / zoom,
        y: (source.top + source.height / 2 - card.top) / zoom
      },
      target: {
        x: (target.left - card.left) / zoom,
        y: (target.top + target.height / 2 - card.top) / zoom
      }
    }
  }
  return { handles, cardSizes }
}

/**
 * The open diagram as a plain SVG (shapes and text, icons inlined once, the diagram in <metadata>).
 * `nodes` are React Flow's, for the sizes it measured to the fraction of a pixel, so the curves
 * leave the cards exactly where the canvas draws them.
 */
export async function diagramSvg(nodes: readonly Node[]): Promise<string> {
  const { diagram, measured } = useEditor.getState()
  const analysis = analysisFor(diagram)
  const showLabels = useViewPrefs.getState().showEdgeLabels

  const verdicts = new Map<string, 'ok' | 'warning' | 'error'>()
  const edgeLabels: Record<string, EdgeLabel> = {}
  // The canvas's own edge data: verdict, mechanism, fix label and label placement come from the same mapping.
  const placements = edgeLabelPlacements(diagram, measured, analysis.validation)
  for (const edge of toFlowEdges(diagram, analysis.validation, NO_SELECTION, placements)) {
    const verdict = edge.data?.verdict ?? 'error'
    verdicts.set(edge.id, verdict)
    // As on the canvas: every label when labels are on, problem edges always.
    if (!showLabels && verdict !== 'error') continue
    const content = labelContent(verdict, edge.data?.mechanism, edge.data?.fixLabel)
    const label: EdgeLabel = { text: content.text }
    if (content.fix) label.fix = content.fix
    if (edge.data?.label) {
      label.t = edge.data.label.t
      label.width = edge.data.label.width
    }
    edgeLabels[edge.id] = label
  }

  const figures: Record<string, NodeFigures> = {}
  for (const node of diagram.nodes) {
    const estimate = analysis.estimate.byId.get(node.id)
    const problems = analysis.nodeProblems.get(node.id) ?? []
    const f: NodeFigures = {}
    if (estimate?.badge) f.capacity = estimate.badge
    if (estimate?.monthlyCostUSD) f.cost = `${formatUsd(estimate.monthlyCostUSD)}/mo`
    if (problems.length > 0)
      f.problems = { count: problems.length, severity: problems[0]!.severity }
    figures[node.id] = f
  }

  const sizes: Record<string, Size> = { ...measured }
  for (const node of nodes) {
    const width = node.measured?.width ?? node.width
    const height = node.measured?.height ?? node.height
    if (width && height) sizes[node.id] = { width, height }
  }
  const { handles, cardSizes } = cardsOnCanvas()
  Object.assign(sizes, cardSizes)
  return diagramToSvg({
    diagram,
    diagramJson: serializeDiagram(diagram),
    verdicts,
    sizes,
    handles,
    edgeLabels,
    figures,
    icons: await iconSourcesFor(diagram.nodes.map((n) => n.service)),
    theme: document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light',
    measureText: canvasMeasure()
  })
}
