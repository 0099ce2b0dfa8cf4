import { loadDiagram } from '../../../shared/diagram/loadDiagram'
import { platform } from '../platform/platform'
import { useEditor } from '../store/diagramStore'
import { useRecoveryOffer } from './recovery'

function when(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? 'earlier' : date.toLocaleString()
}

export function RecoveryBanner() {
  const offer = useRecoveryOffer((s) => s.offer)
  if (!offer) return null
  const restore = () => {
    const loaded = loadDiagram(offer.text)
    useRecoveryOffer.setState({ offer: undefined })
    if (!loaded.ok) {
      useEditor.getState().setNotice({ kind: 'error', text: `The recovered diagram cannot be opened: ${loaded.error.message}` })
      return
    }
    useEditor.getState().replaceDiagram(loaded.diagram)
    // Restored work is not saved anywhere yet: keep it marked unsaved (and keep the recovery).
    useEditor.setState({ dirty: true })
    useEditor.getState().setNotice({ kind: 'info', text: 'Restored the unsaved diagram. Save it to keep it.' })
  }
  const discard = () => {
    useRecoveryOffer.setState({ offer: undefined })
    void platform().discardRecovery()
  }
  return (
    <div className="recovery-banner" role="alertdialog" aria-label="Unsaved work found">
      <span>A diagram you were editing was not saved (autosaved {when(offer.savedAt)}).</span>
      <button type="button" className="primary" onClick={restore}>
        Restore
      </button>
      <button type="button" onClick={discard}>
        Discard
      </button>
    </div>
  )
}
