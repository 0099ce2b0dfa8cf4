/**
 * One entry for every importable file: a CloudFormation or SAM template (YAML or JSON), or a
 * draw.io diagram (.drawio/.xml, compressed or not, or embedded in a .drawio.png / .drawio.svg).
 * The app (File → Import…, a file dropped on the window) and the CLI (`import`, and `validate` /
 * `estimate` given a template) all come through here, so they agree on what a file is.
 */
import type { Utf8Decoder } from '../diagramBytes'
import { isPng } from '../pngEmbed'
import { importTemplate } from '../cloudformation/importTemplate'
import { importDrawio, type DrawioImportOptions } from '../drawio/importDrawio'
import type { ImportOutcomeResult } from './importReport'
import { sniffImportKind } from './sniffImportKind'

export interface ImportOptions {
  /** draw.io: which page (0-based) to import; default the first. The report lists every page. */
  page?: DrawioImportOptions['page']
}

export function importSource(
  bytes: Uint8Array,
  fileName: string,
  decodeUtf8: Utf8Decoder,
  options: ImportOptions = {}
): ImportOutcomeResult {
  if (isPng(bytes)) return importDrawio({ png: bytes }, fileName, options)
  let text: string
  try {
    text = decodeUtf8(bytes)
  } catch {
    return {
      ok: false,
      message: `${fileName} is not UTF-8 text: import takes a CloudFormation or SAM template (YAML or JSON) or a draw.io file.`
    }
  }
  const kind = sniffImportKind(text, fileName)
  if (kind === 'pipewright')
    return {
      ok: false,
      message: `${fileName} is already a Pipewright diagram: open it with File → Open (or pass it to validate/estimate as it is).`
    }
  if (kind === 'drawio') return importDrawio({ text }, fileName, options)
  if (kind === 'cloudformation') return importTemplate(text, fileName)
  return {
    ok: false,
    message: `${fileName} is neither a CloudFormation/SAM template (no "Resources" section) nor a draw.io diagram (no <mxfile> or <mxGraphModel>).`
  }
}
