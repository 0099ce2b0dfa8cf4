import { useState } from 'react'
import { formatUsd } from '../format'
import { useAnalysis } from '../store/analysis'
import { CostPanel } from './CostPanel'
import { ProblemsPanel } from './ProblemsPanel'
import { useRovingFocus } from './useRovingFocus'

type Tab = 'problems' | 'cost'

export function BottomPanel() {
  const [tab, setTab] = useState<Tab>('problems')
  const { counts, estimate } = useAnalysis()
  const roving = useRovingFocus('[role=tab]', 'horizontal')
  return (
    <section className={`bottom-panel tab-${tab}`}>
      <div
        className="tabs"
        role="tablist"
        aria-label="Panels"
        ref={roving.ref}
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
      >
        <button
          type="button"
          role="tab"
          id="tab-problems"
          aria-selected={tab === 'problems'}
          aria-controls="panel-problems"
          onClick={() => setTab('problems')}
        >
          Problems
          {counts.error > 0 ? <span className="tab-badge badge-error">{counts.error}</span> : null}
          {counts.warning > 0 ? (
            <span className="tab-badge badge-warning">{counts.warning}</span>
          ) : null}
        </button>
        <button
          type="button"
          role="tab"
          id="tab-cost"
          aria-selected={tab === 'cost'}
          aria-controls="panel-cost"
          onClick={() => setTab('cost')}
        >
          Cost {formatUsd(estimate.totalMonthlyCostUSD)}/mo
        </button>
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-body">
        {tab === 'problems' ? <ProblemsPanel /> : <CostPanel />}
      </div>
    </section>
  )
}
