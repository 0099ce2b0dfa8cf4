import type { ImportOutcomeResult } from '../import/importReport'

export interface DrawioImportOptions {
  /** 0-based page; default 0. */
  page?: number
}

/** A draw.io file (mxfile XML, or a PNG with one embedded) as a diagram and a report. */
export function importDrawio(
  source: { text: string } | { png: Uint8Array },
  fileName: string,
  options: DrawioImportOptions = {}
): ImportOutcomeResult {
  if ('png' in source || options.page !== undefined)
    return { ok: false, message: `${fileName}: draw.io import is not written yet.` }
  return { ok: false, message: `${fileName}: draw.io import is not written yet.` }
}
