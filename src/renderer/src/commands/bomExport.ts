import { safeFileStem } from '../../../shared/diagram/fileNames'
import {
  buildBillOfMaterials,
  type BillOfMaterials
} from '../../../shared/estimation/billOfMaterials'
import { bomToCsv } from '../../../shared/estimation/bomCsv'
import { bomToMarkdown } from '../../../shared/estimation/bomMarkdown'
import { flushPendingEdits } from '../forms/pendingEdits'
import { platform } from '../platform/platform'
import { analysisFor } from '../store/analysis'
import { useEditor } from '../store/diagramStore'
import { useWhatIf } from '../store/whatIf'
import { message } from './fileCommands'

/**
 * The Cost tab's bill of materials, as the CLI's `estimate --format csv|markdown` writes it, at
 * the what-if multiplier on screen (the assumptions say so when it is not 1×).
 */
function currentBill(): BillOfMaterials {
  flushPendingEdits()
  const { diagram } = useEditor.getState()
  const trafficMultiplier = useWhatIf.getState().trafficMultiplier
  const { estimate } = analysisFor(diagram, trafficMultiplier)
  return buildBillOfMaterials(diagram, estimate, { trafficMultiplier })
}

/** Cost → Export CSV… / Export Markdown… (and the same in File → Export). */
export async function exportBillOfMaterials(format: 'csv' | 'md'): Promise<void> {
  const state = useEditor.getState()
  try {
    const bill = currentBill()
    const result = await platform().exportFile({
      format,
      fileName: `${safeFileStem(bill.name)} bill of materials.${format}`,
      text: format === 'csv' ? bomToCsv(bill) : bomToMarkdown(bill)
    })
    if (result.canceled) return
    if ('error' in result) {
      state.setNotice({ kind: 'error', text: `Export failed: ${result.error}` })
      return
    }
    state.setNotice({ kind: 'info', text: `Exported ${result.name}.` })
  } catch (err) {
    state.setNotice({ kind: 'error', text: `Bill of materials export failed: ${message(err)}` })
  }
}

/**
 * Cost → Copy Markdown: the bill for a pull-request comment. Resolves to what to tell the person;
 * a browser may refuse the clipboard (no permission, the page not focused), and that is said.
 */
export async function copyBillOfMaterials(): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    const text = bomToMarkdown(currentBill())
    if (typeof navigator === 'undefined' || !('clipboard' in navigator))
      return {
        ok: false,
        error: 'This window has no clipboard access: use Export Markdown… instead.'
      }
    await navigator.clipboard.writeText(text)
    return { ok: true }
  } catch (err) {
    return {
      ok: false,
      error: `Could not copy to the clipboard (${message(err)}). Use Export Markdown… instead.`
    }
  }
}
