import { useEffect, useState } from 'react'
import { formatUsd } from '../format'
import { useAnalysis } from '../store/analysis'
import { useEditor } from '../store/diagramStore'
import { useImportSession } from '../store/importSession'
import { CostPanel } from './CostPanel'
import { ImportReportPanel } from './ImportReportPanel'
import { ProblemsPanel } from './ProblemsPanel'
import { useRovingFocus } from './useRovingFocus'

type Tab = 'problems' | 'cost' | 'import'

export function BottomPanel() {
  const [chosen, setTab] = useState<Tab>('problems')
  const { counts, estimate } = useAnalysis()
  const roving = useRovingFocus('[role=tab]', 'horizontal')
  const session = useImportSession((s) => s.session)
  const documentKey = useEditor((s) => s.documentKey)
  // The report belongs to the document the import made; another document takes it away.
  const report = session && session.documentKey === documentKey ? session : null
  const importN = report?.n
  // Each import shows its report.
  useEffect(() => {
    if (importN !== undefined) setTab('import')
  }, [importN])
  const tab = chosen === 'import' && !report ? 'problems' : chosen
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
        {report ? (
          <button
            type="button"
            role="tab"
            id="tab-import"
            aria-selected={tab === 'import'}
            aria-controls="panel-import"
            onClick={() => setTab('import')}
          >
            Import report
          </button>
        ) : null}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-body">
        {tab === 'import' && report ? (
          <ImportReportPanel key={report.n} session={report} />
        ) : tab === 'cost' ? (
          <CostPanel />
        ) : (
          <ProblemsPanel />
        )}
      </div>
    </section>
  )
}
