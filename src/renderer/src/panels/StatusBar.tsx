import { useShallow } from 'zustand/react/shallow'
import { formatUsd } from '../format'
import { useEditor } from '../store/diagramStore'
import { useAnalysis } from '../store/analysis'
import { WhatIfNotice } from './cost/WhatIfControl'

const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export function StatusBar() {
  const counts = useEditor(
    useShallow((s) => ({ nodes: s.diagram.nodes.length, edges: s.diagram.edges.length }))
  )
  const { counts: problems, estimate } = useAnalysis()
  const notice = useEditor((s) => s.notice)
  const setNotice = useEditor((s) => s.setNotice)
  return (
    <footer className="statusbar">
      <span>
        {counted(counts.nodes, 'node')} · {counted(counts.edges, 'edge')}
      </span>
      <span className={problems.error > 0 ? 'count-error' : ''}>
        {counted(problems.error, 'error')}
      </span>
      <span className={problems.warning > 0 ? 'count-warning' : ''}>
        {counted(problems.warning, 'warning')}
      </span>
      <span className="status-total" data-testid="status-total">
        {formatUsd(estimate.totalMonthlyCostUSD)}/month
      </span>
      <WhatIfNotice live />
      {notice ? (
        <span
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
          <button
            type="button"
            className="notice-close"
            aria-label="Dismiss message"
            onClick={() => setNotice(null)}
          >
            ×
          </button>
        </span>
      ) : null}
    </footer>
  )
}
