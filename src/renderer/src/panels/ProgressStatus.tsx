import { useProgress } from '../store/progress'

/**
 * The indicator for long work, over the canvas. The live region is always in the page, so that
 * screen readers announce the text when it appears rather than missing a region that was just added.
 */
export function ProgressStatus() {
  const progress = useProgress((s) => s.progress)
  return (
    <div
      className={progress ? 'progress-status' : 'progress-status progress-idle'}
      data-testid="progress"
    >
      <span role="status" aria-live="polite">
        {progress ? (
          <>
            {progress.text}
            {progress.cancel ? <span className="progress-hint"> Esc to cancel</span> : null}
          </>
        ) : null}
      </span>
      {progress?.cancel ? (
        <button type="button" onClick={progress.cancel}>
          Cancel
        </button>
      ) : null}
    </div>
  )
}
