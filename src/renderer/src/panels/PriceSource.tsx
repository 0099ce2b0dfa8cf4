import { gradeText, priceSourceText } from '../../../shared/estimation/costLine'
import type { LineItem } from '../../../shared/estimation/pricing/priceBook'
import { GRADE_MEANINGS } from '../../../shared/estimation/pricing/types'

/** Where a price comes from, with what its grade means on hover. */
export function PriceSource({ item }: { item: LineItem }) {
  const text = priceSourceText(item)
  if (!text) return null
  const title = item.overridden
    ? 'You entered this unit price for this diagram.'
    : item.grade
      ? `${gradeText(item.grade)}: ${GRADE_MEANINGS[item.grade]}`
      : undefined
  return (
    <span
      className={`price-source${item.grade === 'U' && !item.overridden ? ' unconfirmed' : ''}`}
      title={title}
    >
      {text}
    </span>
  )
}
