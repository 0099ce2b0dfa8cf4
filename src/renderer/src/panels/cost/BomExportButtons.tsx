import { useEffect, useRef, useState } from 'react'
import { copyBillOfMaterials, exportBillOfMaterials } from '../../commands/bomExport'

/** How long "Copied" stays beside the button. */
const COPIED_MS = 2500

/**
 * The bill of materials out of the Cost tab: a CSV for a spreadsheet, Markdown for a
 * pull-request comment, saved through the export path or copied. The outcome of a copy is said
 * in a live region beside the buttons, so a screen reader hears it too.
 */
export function BomExportButtons({ disabled }: { disabled: boolean }) {
  const [copy, setCopy] = useState<{ ok: true } | { ok: false; error: string } | undefined>()
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const onCopy = async () => {
    clearTimeout(timer.current)
    const result = await copyBillOfMaterials()
    setCopy(result)
    if (result.ok) timer.current = setTimeout(() => setCopy(undefined), COPIED_MS)
  }
  const title = disabled ? 'Nothing costs anything yet' : undefined
  return (
    <span className="bom-export" role="group" aria-label="Bill of materials">
      <button
        type="button"
        disabled={disabled}
        title={title ?? 'The bill of materials as a CSV spreadsheet'}
        onClick={() => void exportBillOfMaterials('csv')}
      >
        Export CSV…
      </button>
      <button
        type="button"
        disabled={disabled}
        title={title ?? 'The bill of materials as Markdown, for a pull request'}
        onClick={() => void exportBillOfMaterials('md')}
      >
        Export Markdown…
      </button>
      <button
        type="button"
        disabled={disabled}
        title={title ?? 'Copy the bill of materials as Markdown'}
        onClick={() => void onCopy()}
      >
        Copy Markdown
      </button>
      <span
        className={copy && !copy.ok ? 'field-error' : 'bom-copied'}
        role="status"
        data-testid="bom-copy-status"
      >
        {copy === undefined ? '' : copy.ok ? 'Copied' : copy.error}
      </span>
    </span>
  )
}
