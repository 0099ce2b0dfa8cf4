import type { Problem } from '../../../shared/validation/problems'
import { useEditor } from '../store/diagramStore'

/** The one-click fix of a problem, wherever the problem is listed. */
export function FixButton({ problem }: { problem: Problem }) {
  const applyFix = useEditor((s) => s.applyFix)
  const fix = problem.fix
  if (!fix) return null
  return (
    <button type="button" className="fix-button" onClick={() => applyFix(fix)}>
      {fix.description}
    </button>
  )
}
