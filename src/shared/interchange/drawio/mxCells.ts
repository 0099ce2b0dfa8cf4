import { xmlAttributeText } from './labelText'
import { attr, child, children, type XmlNode } from './xmlTree'

export interface Point {
  x: number
  y: number
}

export interface Geometry {
  x: number
  y: number
  width: number
  height: number
  /** Edge labels and ports place themselves relative to their parent's size. */
  relative: boolean
  sourcePoint?: Point
  targetPoint?: Point
}

/** A draw.io style: `name;key=value;…` (names are stylesheet entries such as `text` or `swimlane`). */
export interface Style {
  names: string[]
  values: Map<string, string>
}

/** One mxCell of a page, with the label of its <UserObject>/<object> wrapper when it has one. */
export interface MxCell {
  id: string
  parent?: string
  source?: string
  target?: string
  vertex: boolean
  edge: boolean
  label: string
  style: Style
  rawStyle: string
  geometry?: Geometry
}

function parseStyle(raw: string): Style {
  const names: string[] = []
  const values = new Map<string, string>()
  for (const part of raw.split(';')) {
    const token = part.trim()
    if (token === '') continue
    const eq = token.indexOf('=')
    if (eq < 0) names.push(token)
    else values.set(token.slice(0, eq).trim(), token.slice(eq + 1).trim())
  }
  return { names, values }
}

function num(value: string | undefined): number {
  const n = value === undefined ? 0 : Number(value)
  return Number.isFinite(n) ? n : 0
}

function point(node: XmlNode | undefined): Point | undefined {
  return node ? { x: num(attr(node, 'x')), y: num(attr(node, 'y')) } : undefined
}

function geometryOf(cell: XmlNode): Geometry | undefined {
  const geo = children(cell, 'mxGeometry').find((g) => (attr(g, 'as') ?? 'geometry') === 'geometry')
  if (!geo) return undefined
  const points = children(geo, 'mxPoint')
  const byRole = (role: string) => point(points.find((p) => attr(p, 'as') === role))
  const sourcePoint = byRole('sourcePoint')
  const targetPoint = byRole('targetPoint')
  return {
    x: num(attr(geo, 'x')),
    y: num(attr(geo, 'y')),
    width: Math.max(0, num(attr(geo, 'width'))),
    height: Math.max(0, num(attr(geo, 'height'))),
    relative: attr(geo, 'relative') === '1',
    ...(sourcePoint ? { sourcePoint } : {}),
    ...(targetPoint ? { targetPoint } : {})
  }
}

function decoded(node: XmlNode, name: string): string | undefined {
  const v = attr(node, name)
  return v === undefined ? undefined : xmlAttributeText(v)
}

/**
 * A <UserObject>'s label; with `placeholders="1"` draw.io shows `%name%` as the wrapper's
 * attribute of that name, so the text a reader saw is what is kept.
 */
function wrapperLabel(wrapper: XmlNode): string {
  const label = decoded(wrapper, 'label') ?? ''
  if (attr(wrapper, 'placeholders') !== '1') return label
  return label.replace(/%([A-Za-z_][\w.-]*)%/g, (match, name: string) =>
    name === 'label' || name === 'id' ? match : (decoded(wrapper, name) ?? match)
  )
}

function cellFrom(cell: XmlNode, wrapper?: XmlNode): MxCell | undefined {
  const id = decoded(wrapper ?? cell, 'id')
  if (id === undefined) return undefined
  const rawStyle = decoded(cell, 'style') ?? ''
  const parent = decoded(cell, 'parent')
  const source = decoded(cell, 'source')
  const target = decoded(cell, 'target')
  const geometry = geometryOf(cell)
  return {
    id,
    ...(parent !== undefined ? { parent } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(target !== undefined ? { target } : {}),
    vertex: attr(cell, 'vertex') === '1',
    edge: attr(cell, 'edge') === '1',
    label: wrapper ? wrapperLabel(wrapper) : (decoded(cell, 'value') ?? ''),
    style: parseStyle(rawStyle),
    rawStyle,
    ...(geometry ? { geometry } : {})
  }
}

/** Every cell of an <mxGraphModel>, the wrapped ones (<UserObject>, <object>) unwrapped. */
export function cellsOf(model: XmlNode): MxCell[] {
  const root = child(model, 'root')
  if (!root) return []
  const out: MxCell[] = []
  for (const c of children(root, 'mxCell')) {
    const cell = cellFrom(c)
    if (cell) out.push(cell)
  }
  for (const tag of ['UserObject', 'object'])
    for (const wrapper of children(root, tag)) {
      const inner = child(wrapper, 'mxCell') ?? {}
      const cell = cellFrom(inner, wrapper)
      if (cell) out.push(cell)
    }
  return out
}

/** Counts the cells without building them, so an oversized page is refused before any work. */
export function countCells(model: XmlNode): number {
  const root = child(model, 'root')
  if (!root) return 0
  // Empty elements parse as strings, not objects: count whatever is there.
  return ['mxCell', 'UserObject', 'object'].reduce((n, tag) => {
    const v = root[tag]
    return n + (Array.isArray(v) ? v.length : v === undefined ? 0 : 1)
  }, 0)
}
