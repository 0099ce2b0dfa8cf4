import type { IgnoredProblem } from '../../../../shared/analysis/ignores'
import { useEditor } from '../../store/diagramStore'

/** The problems the diagram's ignore list hides, each with its reason and a way back. */
export function IgnoredList({ ignored }: { ignored: readonly IgnoredProblem[] }) {
  const stopIgnoring = useEditor((s) => s.stopIgnoring)
  if (ignored.length === 0) return null
  return (
    <details className="ignored-problems">
      <summary>Ignored ({ignored.length})</summary>
      <ul className="problem-list">
        {ignored.map(({ problem, reason, entry }, i) => (
          <li
            key={`${problem.code}-${problem.edgeId ?? problem.nodeId ?? ''}-${i}`}
            className="problem ignored"
            data-code={problem.code}
          >
            <div className="problem-main">
              <span className="problem-message">
                {problem.message}
                <span className="ignore-reason">Reason: {reason}</span>
              </span>
              <span className="problem-code">{problem.code}</span>
            </div>
            <button type="button" className="fix-button" onClick={() => stopIgnoring(entry)}>
              Stop ignoring
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}
