import { useEffect, useRef } from 'react'
import { useUnsavedDialog } from './unsavedChanges'

export function UnsavedChangesDialog() {
  const request = useUnsavedDialog((s) => s.request)
  const saveButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (request) saveButton.current?.focus()
  }, [request])
  if (!request) return null
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="unsaved-title"
        aria-describedby="unsaved-text"
        onKeyDown={(e) => {
          if (e.key === 'Escape') request.resolve('cancel')
        }}
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
          <button type="button" className="primary" ref={saveButton} onClick={() => request.resolve('save')}>
            Save
          </button>
        </div>
      </div>
    </div>
  )
}
