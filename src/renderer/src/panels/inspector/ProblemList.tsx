import type { Problem } from '../../../../shared/validation/problems'
import { FixButton } from '../FixButton'

export function ProblemList({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return <p className="muted">No problems.</p>
  return (
    <ul className="inspector-problems">
      {problems.map((p, i) => (
        <li key={`${p.code}-${i}`} className={`severity-${p.severity}`}>
          <p>{p.message}</p>
          {p.citation ? <p className="citation">Source: {p.citation}</p> : null}
          <FixButton problem={p} />
        </li>
      ))}
    </ul>
  )
}
