import { useRef } from 'react'
import { useUnsavedDialog } from './unsavedChanges'
import { useFocusTrap } from './useFocusTrap'

export function UnsavedChangesDialog() {
  const request = useUnsavedDialog((s) => s.request)
  const saveButton = useRef<HTMLButtonElement>(null)
  const trap = useFocusTrap({
    active: !!request,
    onEscape: () => useUnsavedDialog.getState().request?.resolve('cancel'),
    initialFocus: () => saveButton.current
  })
  if (!request) return null
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="unsaved-title"
        aria-describedby="unsaved-text"
        ref={trap.ref}
        onKeyDown={trap.onKeyDown}
      >
        <h2 id="unsaved-title">Save changes to “{request.name || 'Untitled'}”?</h2>
        <p id="unsaved-text">Your changes will be lost if you don&apos;t save them.</p>
        <div className="modal-actions">
          <button type="button" onClick={() => request.resolve('discard')}>
            Don&apos;t Save
          </button>
          <span className="spacer" />
          <button type="button" onClick={() => request.resolve('cancel')}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            ref={saveButton}
            onClick={() => request.resolve('save')}
          >
            Save
          </button>
        </div>
      </div>
    </div>
  )
}
