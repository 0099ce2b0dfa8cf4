import { useReactFlow } from '@xyflow/react'
import { lazy, Suspense, useRef, useState } from 'react'
import { serviceName } from '../../../shared/catalog/services'
import { parseNumberField, UNIT_PRICE_FIELD } from '../../../shared/estimation/configFields'
import type { LineItem } from '../../../shared/estimation/pricing/priceBook'
import type { PriceId } from '../../../shared/catalog/priceIds'
import {
  gradeText,
  perUnitText,
  quantityText,
  unitPriceText
} from '../../../shared/estimation/costLine'
import { GRADE_MEANINGS, type PriceGrade } from '../../../shared/estimation/pricing/types'
import { formatUsd } from '../format'
import { PriceSource } from './PriceSource'
import { useAnalysis } from '../store/analysis'
import { useEditor } from '../store/diagramStore'
import { focusElement } from './focusElement'
import { BomExportButtons } from './cost/BomExportButtons'
import { WhatIfControl, WhatIfNotice } from './cost/WhatIfControl'

// The charts and recharts load with the Cost tab, not at start-up.
const CostCharts = lazy(() => import('./cost/CostCharts'))

const GRADES: readonly PriceGrade[] = ['A', 'B', 'C', 'U']

/** The unit price of a line item, editable: a typed value overrides the list price for this diagram. */
function UnitPrice({ item }: { item: LineItem }) {
  const overrides = useEditor((s) => s.diagram.pricing?.overrides)
  const setPriceOverride = useEditor((s) => s.setPriceOverride)
  const [draft, setDraft] = useState<string | undefined>()
  const [error, setError] = useState<string | undefined>()
  if (!item.priceId) return <span>{unitPriceText(item.unitPriceUSD)}</span>
  const id: PriceId = item.priceId
  const overridden = overrides?.[id] !== undefined
  const shown = draft ?? unitPriceText(item.unitPriceUSD).slice(1).replace(/,/g, '')
  const commit = (text: string) => {
    const parsed = parseNumberField(UNIT_PRICE_FIELD, text, true)
    if (!('value' in parsed) || parsed.value === undefined) {
      setError(
        `${'error' in parsed ? parsed.error : 'Enter a number.'} Enter a price from 0 to 1,000,000 USD.`
      )
      return
    }
    setError(undefined)
    setDraft(undefined)
    setPriceOverride(id, parsed.value)
  }
  return (
    <span className={`unit-price${overridden ? ' overridden' : ''}`}>
      $
      <input
        aria-label={`Unit price of ${item.item} (${item.unit})`}
        value={shown}
        style={{ width: `${Math.max(5, shown.length + 2)}ch` }}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => (draft !== undefined ? commit(e.target.value) : undefined)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit((e.target as HTMLInputElement).value)
          if (e.key === 'Escape') {
            setDraft(undefined)
            setError(undefined)
          }
        }}
        title={
          overridden
            ? 'Your price for this diagram (the list price is used elsewhere)'
            : `List price, ${item.unit}`
        }
      />
      {overridden ? (
        <button
          type="button"
          className="link-button"
          onClick={() => setPriceOverride(id, undefined)}
          title="Back to the list price"
        >
          list price
        </button>
      ) : null}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  )
}

export function CostPanel() {
  const { estimate } = useAnalysis()
  const nodes = useEditor((s) => s.diagram.nodes)
  const flow = useReactFlow()
  const panel = useRef<HTMLDivElement>(null)
  const lastOrder = useRef<readonly string[]>([])
  const byCost = [...estimate.nodes]
    .filter((n) => n.lineItems.length > 0)
    .sort((a, b) => b.monthlyCostUSD - a.monthlyCostUSD)
  // Most expensive first, except while a unit price in the panel is being edited: then the rows
  // keep their places, so the one just changed does not jump away from under the cursor.
  const editing =
    typeof document !== 'undefined' &&
    !!panel.current?.contains(document.activeElement) &&
    document.activeElement?.tagName === 'INPUT'
  const rank = new Map(lastOrder.current.map((id, i) => [id, i]))
  const rows = editing
    ? [...byCost].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity))
    : byCost
  lastOrder.current = rows.map((n) => n.id)
  const labelOf = (id: string) => nodes.find((n) => n.id === id)?.label
  return (
    <div className="cost-panel" aria-label="Cost" ref={panel}>
      <div className="cost-header">
        <WhatIfControl />
        <WhatIfNotice />
        <span className="cost-total">
          Monthly total{' '}
          <strong data-testid="cost-total">{formatUsd(estimate.totalMonthlyCostUSD)}</strong>
        </span>
        <BomExportButtons disabled={rows.length === 0} />
      </div>
      {rows.length === 0 ? (
        <p className="muted">Nothing costs anything yet: add services and set their traffic.</p>
      ) : (
        <Suspense fallback={<p className="muted">Loading the charts…</p>}>
          <CostCharts />
        </Suspense>
      )}
      <p className="muted" data-testid="cost-prices-as-of">
        {estimate.pricing.region} list prices as of {estimate.pricing.asOf} (the oldest price used);
        a month is 730 hours. Edit a unit price to use your own rate.
      </p>
      <p className="muted grade-legend" data-testid="grade-legend">
        Each price shows its date and grade:{' '}
        {GRADES.map((g) => `${gradeText(g)}, ${GRADE_MEANINGS[g]}`).join('; ')}.
      </p>
      {rows.length === 0 ? null : (
        <table className="cost-table">
          <tbody>
            {rows.map((n) => (
              <CostRows
                key={n.id}
                nodeId={n.id}
                title={labelOf(n.id) ?? serviceName(n.service)}
                service={serviceName(n.service)}
                items={n.lineItems}
                total={n.monthlyCostUSD}
                onFocus={() => focusElement(flow, { nodeId: n.id })}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

function CostRows(props: {
  nodeId: string
  title: string
  service: string
  items: LineItem[]
  total: number
  onFocus: () => void
}) {
  return (
    <>
      <tr className="cost-node" data-node-id={props.nodeId}>
        <th colSpan={3}>
          <button type="button" className="link-button" onClick={props.onFocus}>
            {props.title}
          </button>
          {props.title !== props.service ? <span className="muted"> · {props.service}</span> : null}
        </th>
        <td className="num">
          <strong>{formatUsd(props.total)}</strong>
        </td>
      </tr>
      {props.items.map((i) => (
        <tr key={i.item} className="cost-item">
          <td>
            {i.item}
            <PriceSource item={i} />
          </td>
          <td className="num">{quantityText(i)}</td>
          <td className="num">
            × <UnitPrice item={i} /> {perUnitText(i.unit)}
          </td>
          <td className="num">= {formatUsd(i.costUSD)}</td>
        </tr>
      ))}
    </>
  )
}
