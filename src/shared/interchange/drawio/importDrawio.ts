import { CURRENT_DIAGRAM_VERSION, DIAGRAM_FORMAT, DIAGRAM_LIMITS } from '../../diagram/schema'
import type { Diagram } from '../../diagram/types'
import type { ImportOutcomeResult } from '../import/importReport'
import { convertCells } from './convertCells'
import { DRAWIO_LIMITS } from './drawioLimits'
import { clip } from './labelText'
import { cellsOf, countCells } from './mxCells'
import { decodeDrawioText } from './mxfileDecode'
import { drawioTextFromPng } from './pngChunks'

export interface DrawioImportOptions {
  /** 0-based page; default 0. */
  page?: number
}

function plural(n: number, what: string): string {
  return `${String(n)} ${what}${n === 1 ? '' : 's'}`
}

function baseName(fileName: string): string {
  const file = fileName.split(/[\\/]/).pop() ?? fileName
  return file.replace(/(\.drawio)?\.(png|svg|xml|drawio)$/i, '') || file
}

function importText(text: string, fileName: string, page: number): ImportOutcomeResult {
  const decoded = decodeDrawioText(text, page)
  if (!decoded.ok) return { ok: false, message: `${fileName} ${decoded.message}` }
  const count = countCells(decoded.model)
  if (count > DRAWIO_LIMITS.maxCells)
    return {
      ok: false,
      message: `${fileName} has ${String(count)} cells on its page, more than the ${String(DRAWIO_LIMITS.maxCells)} a diagram can hold.`
    }
  const converted = convertCells(cellsOf(decoded.model))
  const { pages } = decoded
  const remarks = [...converted.remarks]
  if (pages.length > 1)
    remarks.unshift(
      `The file has ${String(pages.length)} pages (${pages.map((p) => `${String(p.index)} “${p.name}”`).join(', ')}); page ${String(decoded.page)} “${pages[decoded.page]!.name}” is imported. Import again with another page for the others.`
    )
  const undrawn = converted.undrawnArrows
  remarks.push(
    `${plural(converted.nodes.length, 'service')}, ${plural(converted.edges.length, 'edge')}, ${plural(converted.groups.length, 'frame')} and ${plural(converted.notes.length, 'note')} from ${plural(converted.entries.length, 'cell')}${undrawn > 0 ? `; ${plural(undrawn, 'arrow')} not drawn (see their entries)` : ''}.`
  )
  if (converted.nodes.length === 0)
    remarks.push(
      'No AWS service shapes were recognised on this page; everything is kept as notes and frames.'
    )
  const name = baseName(fileName)
  const diagram: Diagram = {
    format: DIAGRAM_FORMAT,
    version: CURRENT_DIAGRAM_VERSION,
    name: clip(
      pages.length > 1 ? `${name} — ${pages[decoded.page]!.name}` : name,
      DIAGRAM_LIMITS.maxNameLength
    ),
    ...(converted.groups.length > 0 ? { groups: converted.groups } : {}),
    ...(converted.notes.length > 0 ? { notes: converted.notes } : {}),
    nodes: converted.nodes,
    edges: converted.edges
  }
  return {
    ok: true,
    diagram,
    report: {
      kind: 'drawio',
      fileName,
      entries: converted.entries,
      suggestions: [],
      remarks,
      pages,
      page: decoded.page
    }
  }
}

/**
 * A draw.io file (mxfile XML, compressed or not, a bare mxGraphModel, a .drawio.svg, or a PNG with
 * one embedded) as a diagram and a report with one entry per cell. Never throws: broken or hostile
 * input gives `{ ok: false, message }`.
 */
export function importDrawio(
  source: { text: string } | { png: Uint8Array },
  fileName: string,
  options: DrawioImportOptions = {}
): ImportOutcomeResult {
  try {
    const page = options.page ?? 0
    if ('png' in source) {
      const text = drawioTextFromPng(source.png)
      return text.ok
        ? importText(text.text, fileName, page)
        : { ok: false, message: `${fileName} ${text.message}` }
    }
    return importText(source.text, fileName, page)
  } catch (e) {
    return {
      ok: false,
      message: `${fileName} could not be read as a draw.io diagram (${e instanceof Error ? e.message : 'unexpected error'}).`
    }
  }
}
