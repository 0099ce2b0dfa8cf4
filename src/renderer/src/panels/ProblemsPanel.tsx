import { useReactFlow } from '@xyflow/react'
import { useState } from 'react'
import type { Problem } from '../../../shared/validation/problems'
import { useAnalysis } from '../store/analysis'
import { useEditor } from '../store/diagramStore'
import { FixButton } from './FixButton'
import { focusElement } from './focusElement'
import { IgnoredList } from './problems/IgnoredList'
import { IgnoreForm } from './problems/IgnoreForm'

const ICON = { error: '✗', warning: '⚠', info: 'ℹ' } as const

const keyOf = (p: Problem, i: number) => `${p.code}-${p.edgeId ?? p.nodeId ?? ''}-${i}`

/** `ignore[3]` in an unused-ignore problem's path: the entry to remove. */
function unusedEntry(problem: Problem): number | undefined {
  if (problem.code !== 'unused-ignore') return undefined
  const match = /^ignore\[(\d+)\]$/.exec(problem.path ?? '')
  return match ? Number(match[1]) : undefined
}

export function ProblemsPanel() {
  const { problems, ignored } = useAnalysis()
  const flow = useReactFlow()
  const stopIgnoring = useEditor((s) => s.stopIgnoring)
  const [ignoring, setIgnoring] = useState<string | null>(null)

  return (
    <section className="problems" aria-label="Problems">
      {problems.length === 0 ? (
        <p className="muted problems-empty">
          {ignored.length === 0
            ? 'No problems: every connection is a documented integration and every service fits its traffic.'
            : 'No problems other than those the diagram ignores.'}
        </p>
      ) : (
        <ul className="problem-list">
          {problems.map((p, i) => {
            const key = keyOf(p, i)
            const entry = unusedEntry(p)
            return (
              <li key={key} className={`problem severity-${p.severity}`} data-code={p.code}>
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
                {entry !== undefined ? (
                  <button type="button" className="fix-button" onClick={() => stopIgnoring(entry)}>
                    Remove the entry
                  </button>
                ) : ignoring === key ? (
                  <IgnoreForm problem={p} onDone={() => setIgnoring(null)} />
                ) : (
                  <button
                    type="button"
                    className="ignore-button"
                    aria-label={`Ignore ${p.code}…`}
                    title="Accept this problem, with a reason saved in the diagram"
                    onClick={() => setIgnoring(key)}
                  >
                    Ignore…
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      <IgnoredList ignored={ignored} />
    </section>
  )
}
