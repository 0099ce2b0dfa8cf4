import { readFileSync } from 'node:fs'
import { getService, type ServiceId } from '../../../src/shared/catalog/services'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import { serializeDiagram } from '../../../src/shared/diagram/saveDiagram'
import type { Diagram } from '../../../src/shared/diagram/types'
import { estimateDiagram } from '../../../src/shared/estimation/estimate'
import { edgeLabelContent } from '../../../src/shared/diagram/edgeLabelContent'
import { diagramToSvg, type SvgExportInput } from '../../../src/shared/interchange/svgExport'
import type { EdgeLabel } from '../../../src/shared/interchange/svgEdgeLabel'
import type { NodeFigures } from '../../../src/shared/interchange/svgServiceCard'
import { validateDiagram } from '../../../src/shared/validation/validator'
import { REPO_DIR } from '../helpers'

/** Exports as the app does (verdicts, labels, figures, real icons), for the unit and browser tests. */

export function iconSource(service: ServiceId): string {
  const icon = getService(service).icon
  const path = icon.startsWith('local:')
    ? `src/renderer/src/assets/${icon.slice(6)}.svg`
    : `node_modules/aws-icons/icons/${icon}.svg`
  return readFileSync(`${REPO_DIR}${path}`, 'utf8')
}

export function loadTemplate(file: string): Diagram {
  const loaded = loadDiagram(readFileSync(`${REPO_DIR}resources/templates/${file}`, 'utf8'))
  if (!loaded.ok) throw new Error(`${file}: ${loaded.error.message}`)
  return loaded.diagram
}

export function appLikeInput(
  diagram: Diagram,
  extra: Partial<SvgExportInput> = {}
): SvgExportInput {
  const validation = validateDiagram(diagram)
  const estimate = estimateDiagram(diagram, { overrides: {} })
  const verdicts = new Map<string, 'ok' | 'warning' | 'error'>()
  const edgeLabels: Record<string, EdgeLabel> = {}
  for (const edge of diagram.edges) {
    const result = validation.edges.get(edge.id)
    const verdict = result?.verdict ?? 'error'
    verdicts.set(edge.id, verdict)
    edgeLabels[edge.id] = { text: edgeLabelContent(verdict, result?.mechanism, undefined).text }
  }
  const figures: Record<string, NodeFigures> = {}
  for (const node of diagram.nodes) {
    const e = estimate.byId.get(node.id)
    const problems = validation.nodeProblems.get(node.id) ?? []
    figures[node.id] = {
      ...(e?.badge ? { capacity: e.badge } : {}),
      ...(e?.monthlyCostUSD ? { cost: `$${e.monthlyCostUSD.toFixed(2)}/mo` } : {}),
      ...(problems.length > 0
        ? { problems: { count: problems.length, severity: problems[0]!.severity } }
        : {})
    }
  }
  const icons: Partial<Record<ServiceId, string>> = {}
  for (const node of diagram.nodes) icons[node.service] ??= iconSource(node.service)
  return {
    diagram,
    diagramJson: serializeDiagram(diagram),
    verdicts,
    edgeLabels,
    figures,
    icons,
    ...extra
  }
}

export function exportLikeApp(diagram: Diagram, extra: Partial<SvgExportInput> = {}): string {
  return diagramToSvg(appLikeInput(diagram, extra))
}

/** Ten services in a frame, with a note and a hostile label: the "10-node diagram". */
export function tenNodeDiagram(): Diagram {
  const base = loadTemplate('batch-data-lake-emr-spectrum.pipewright.json')
  const xs = base.nodes.map((n) => n.position.x)
  const ys = base.nodes.map((n) => n.position.y)
  const left = Math.min(...xs) - 30
  const top = Math.min(...ys) - 50
  return {
    ...base,
    name: 'Ten <services> & "friends"',
    groups: [
      {
        id: 'region',
        kind: 'region',
        label: 'us-east-1 </text><script>alert(1)</script>',
        position: { x: left, y: top },
        size: { width: Math.max(...xs) - left + 260, height: Math.max(...ys) - top + 110 }
      }
    ],
    notes: [
      {
        id: 'note-1',
        text: 'Nightly batch window: 01:00–03:00 UTC.\nOwner: data platform team ]]> <b>not bold</b>',
        position: { x: left, y: Math.max(...ys) + 140 },
        size: { width: 260, height: 80 }
      }
    ],
    nodes: [
      ...base.nodes,
      {
        id: 'alerts',
        service: 'sns',
        label: 'Ops alerts & <pager>',
        position: { x: Math.max(...xs), y: Math.max(...ys) + 160 }
      }
    ]
  }
}
