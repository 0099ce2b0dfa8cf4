import type { PriceId, PriceOverrides } from '../../catalog/priceIds'
import type { Diagram } from '../types'

/** A negotiated or what-if unit price; `undefined` goes back to the list price. */
export function setPriceOverride(diagram: Diagram, id: PriceId, usd: number | undefined): Diagram {
  const { [id]: _old, ...others } = diagram.pricing?.overrides ?? {}
  const overrides: PriceOverrides = usd === undefined ? others : { ...others, [id]: usd }
  const { pricing: _pricing, ...rest } = diagram
  // No overrides left: the file goes back to having no pricing section at all.
  return Object.keys(overrides).length > 0
    ? { ...rest, pricing: { region: 'us-east-1', overrides } }
    : rest
}

export function setName(diagram: Diagram, name: string): Diagram {
  return diagram.name === name ? diagram : { ...diagram, name }
}
