import { useReactFlow } from '@xyflow/react'
import { useAnalysis } from '../store/analysis'
import { FixButton } from './FixButton'
import { focusElement } from './focusElement'

const ICON = { error: '✗', warning: '⚠', info: 'ℹ' } as const

export function ProblemsPanel() {
  const { problems } = useAnalysis()
  const flow = useReactFlow()

  return (
    <section className="problems" aria-label="Problems">
      {problems.length === 0 ? (
        <p className="muted problems-empty">
          No problems: every connection is a documented integration and every service fits its
          traffic.
        </p>
      ) : (
        <ul className="problem-list">
          {problems.map((p, i) => (
            <li
              key={`${p.code}-${p.edgeId ?? p.nodeId ?? ''}-${i}`}
              className={`problem severity-${p.severity}`}
              data-code={p.code}
            >
              <button
                type="button"
                className="problem-main"
                onClick={() =>
                  focusElement(
                    flow,
                    p.edgeId ? { edgeId: p.edgeId } : p.nodeId ? { nodeId: p.nodeId } : {}
                  )
                }
                title={p.citation ? `Source: ${p.citation}` : undefined}
              >
                <span className="problem-icon" aria-label={p.severity}>
                  {ICON[p.severity]}
                </span>
                <span className="problem-message">{p.message}</span>
                <span className="problem-code">{p.code}</span>
              </button>
              <FixButton problem={p} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
