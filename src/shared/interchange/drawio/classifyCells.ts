import type { Citation } from '../../catalog/citations'
import type { ServiceId } from '../../catalog/services'
import type { GroupKind } from '../../diagram/types'
import { AWS_GROUP_ICONS, groupKindFromLabel } from './drawioGroups'
import { serviceOfShape } from './drawioShapes'
import { labelLine, labelLines } from './labelText'
import { labelSaysDatabase, serviceOfLabel, serviceOfStencilName } from './labelServices'
import type { MxCell, Style } from './mxCells'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** What a vertex is, before ids and positions are given out. */
export type VertexRole =
  | { role: 'service'; service: ServiceId; why: string; citation?: Citation }
  | { role: 'frame'; kind: GroupKind; why: string }
  | { role: 'note'; text: string; why: string }
  | { role: 'edge-label'; edgeCellId: string }
  | { role: 'service-text'; serviceCellId: string }
  | { role: 'empty'; why: string }

/** The shape name a style draws: the AWS icon inside a resource or product icon, else `shape=`. */
function shapeName(style: Style): string {
  const shape = style.values.get('shape') ?? style.names.find((n) => n.startsWith('mxgraph.')) ?? ''
  const lower = shape.toLowerCase()
  if (lower === 'mxgraph.aws4.resourceicon') return style.values.get('resIcon') ?? shape
  if (lower === 'mxgraph.aws4.producticon') return style.values.get('prIcon') ?? shape
  return shape
}

function isHtml(style: Style): boolean {
  return style.values.get('html') === '1'
}

export function cellLabel(cell: MxCell): string {
  return labelLine(cell.label, isHtml(cell.style))
}

function cellText(cell: MxCell): string {
  return labelLines(cell.label, isHtml(cell.style))
}

function isAwsGroup(style: Style): boolean {
  const shape = (style.values.get('shape') ?? '').toLowerCase()
  return shape === 'mxgraph.aws4.group' || shape === 'mxgraph.aws4.groupcenter'
}

export function isTextOnly(style: Style): boolean {
  return (
    style.names.includes('text') ||
    style.names.includes('edgeLabel') ||
    style.values.get('shape') === 'text' ||
    (style.values.get('strokeColor') === 'none' && style.values.get('fillColor') === 'none')
  )
}

function isContainerStyle(style: Style): boolean {
  return (
    style.names.includes('swimlane') ||
    style.values.get('shape') === 'swimlane' ||
    style.values.get('container') === '1'
  )
}

/** The service a shape draws, refined by its label where the shape is a stand-in. */
export function serviceOfCell(cell: MxCell): VertexRole | undefined {
  const shape = shapeName(cell.style)
  const mapped = shape === '' ? undefined : serviceOfShape(shape)
  if (!mapped) {
    const named = serviceOfStencilName(shape)
    return named
      ? {
          role: 'service',
          service: named,
          why: `draw.io shape ${shape} is not in Pipewright's shape table; its name reads as the service`
        }
      : undefined
  }
  const label = cellLabel(cell)
  if (mapped.needsLabel && !mapped.needsLabel.test(label))
    return {
      role: 'note',
      text: label || shape,
      why: `draw.io shape ${shape} is ${mapped.service} only when its label says so; without that it is not a service Pipewright models`
    }
  if (mapped.generic) {
    const named = serviceOfLabel(label)
    if (named && named !== mapped.service)
      return {
        role: 'service',
        service: named,
        why: `draw.io shape ${shape} stands for several things; its label “${label}” names the service`,
        citation: mapped.citation
      }
    if (mapped.service === 'producer-app' && labelSaysDatabase(label))
      return {
        role: 'service',
        service: 'on-prem-database',
        why: `draw.io shape ${shape} is labelled as a database (“${label}”), so it is read as the database the pipeline reads`,
        citation: mapped.citation
      }
  }
  return {
    role: 'service',
    service: mapped.service,
    why: mapped.generic
      ? `draw.io shape ${shape} stands for more than one thing; Pipewright reads it as ${mapped.service} when its label names no service`
      : `draw.io shape ${shape}`,
    citation: mapped.citation
  }
}

/**
 * Frames first (an AWS group shape, a swimlane or container, or a plain box drawn around
 * services), then the service a shape or an unambiguous label names, then notes for the rest.
 * `containsServices` says whether a box holds services, by cell parent or by drawing (asked only
 * of shapes that are not services, as it is the costly question).
 */
export function classifyVertex(
  cell: MxCell,
  parent: MxCell | undefined,
  parentRole: VertexRole | undefined,
  containsServices: () => boolean
): VertexRole {
  if (parent?.edge) return { role: 'edge-label', edgeCellId: parent.id }
  const label = cellLabel(cell)
  if (isAwsGroup(cell.style)) {
    const icon = (cell.style.values.get('grIcon') ?? '').toLowerCase()
    const known = AWS_GROUP_ICONS[icon]
    return {
      role: 'frame',
      kind: known?.kind ?? groupKindFromLabel(label),
      why: known ? `AWS group shape (${icon})` : 'AWS group shape'
    }
  }
  const service = serviceOfCell(cell)
  if (service) return service
  if (parentRole?.role === 'service' && parent && isTextOnly(cell.style))
    return { role: 'service-text', serviceCellId: parent.id }
  if (isContainerStyle(cell.style) || (!isTextOnly(cell.style) && containsServices()))
    return {
      role: 'frame',
      kind: groupKindFromLabel(label),
      why: isContainerStyle(cell.style) ? 'a container shape' : 'a box drawn around services'
    }
  const shape = shapeName(cell.style)
  if (!isTextOnly(cell.style) && !shape.startsWith('mxgraph.')) {
    const named = serviceOfLabel(label)
    if (named)
      return {
        role: 'service',
        service: named,
        why: `a plain shape whose label “${label}” names the service`
      }
  }
  const text = cellText(cell)
  if (text !== '')
    return {
      role: 'note',
      text,
      why: shape.startsWith('mxgraph.')
        ? `draw.io shape ${shape} is not a service Pipewright models`
        : 'text or a shape that is not a service'
    }
  if (shape.startsWith('mxgraph.'))
    return {
      role: 'note',
      text: shape,
      why: `draw.io shape ${shape} is not a service Pipewright models`
    }
  return { role: 'empty', why: 'a shape with no text and no service; nothing to draw' }
}
