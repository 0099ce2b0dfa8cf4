import { serviceName, type ServiceId } from '../catalog/services'
import type { Diagram } from '../diagram/types'
import { bomAssumptions } from './bomAssumptions'
import type { DiagramEstimate } from './estimate'
import { labelledFigures } from './figureLabels'
import type { LineItem } from './pricing/priceBook'
import type { PriceGrade, PriceTable } from './pricing/types'
import { US_EAST_1 } from './pricing/usEast1'

/**
 * A bill of materials: what a diagram costs, service by service and line by line, with the dates,
 * grades and assumptions the figures rest on. The CLI's `estimate --format csv|markdown` and the
 * Cost tab's exports write it (bomCsv.ts, bomMarkdown.ts), so both say the same thing.
 */

export interface BomService {
  nodeId: string
  /** The node's label, or its service's name when it has none. Comes from the file. */
  label: string
  service: string
  serviceId: ServiceId
  /** The capacity figures, labelled as the inspector labels them ("Shards: 4"). */
  capacity: Array<{ label: string; value: string }>
  items: readonly LineItem[]
  monthlyUSD: number
}

export interface BillOfMaterials {
  /** The diagram's name (from the file). */
  name: string
  /** Every service with a line item, most expensive first; ties keep the diagram's order. */
  services: BomService[]
  /** Labels of the services nothing is charged for (a producer app, a catalog with no items). */
  unpriced: string[]
  totalMonthlyUSD: number
  pricing: { region: string; asOf: string; hoursPerMonth: number }
  /** Sentences: what the figures assume beyond the diagram's own settings. */
  assumptions: string[]
  /** The grades of the list prices used, A first: the legend needs only these. */
  grades: PriceGrade[]
}

export interface BomOptions {
  /** The table the estimate was priced from (the estimator's default when not given). */
  prices?: PriceTable
  /** The what-if multiplier the estimate was made at (1 when not given). */
  trafficMultiplier?: number
}

const GRADE_ORDER: readonly PriceGrade[] = ['A', 'B', 'C', 'U']

export function buildBillOfMaterials(
  diagram: Diagram,
  estimate: DiagramEstimate,
  options: BomOptions = {}
): BillOfMaterials {
  const nodes = new Map(diagram.nodes.map((n) => [n.id, n]))
  const services: BomService[] = []
  const unpriced: string[] = []
  const grades = new Set<PriceGrade>()
  for (const n of estimate.nodes) {
    const label = nodes.get(n.id)?.label ?? serviceName(n.service)
    if (n.lineItems.length === 0) {
      unpriced.push(label)
      continue
    }
    for (const i of n.lineItems) if (i.grade && !i.overridden) grades.add(i.grade)
    services.push({
      nodeId: n.id,
      label,
      service: serviceName(n.service),
      serviceId: n.service,
      capacity: labelledFigures(n.capacity).map(({ label, value }) => ({ label, value })),
      items: n.lineItems,
      monthlyUSD: n.monthlyCostUSD
    })
  }
  // Array.prototype.sort is stable: equal costs keep the diagram's order.
  services.sort((a, b) => b.monthlyUSD - a.monthlyUSD)
  const table = options.prices ?? US_EAST_1
  const pricing = { ...estimate.pricing, hoursPerMonth: table.hoursPerMonth }
  return {
    name: diagram.name,
    services,
    unpriced,
    totalMonthlyUSD: estimate.totalMonthlyCostUSD,
    pricing,
    assumptions: bomAssumptions(diagram, estimate, pricing, options.trafficMultiplier ?? 1),
    grades: GRADE_ORDER.filter((g) => grades.has(g))
  }
}

/** "Shards: 4; Shards the peak needs: 3". */
export function capacityText(service: BomService): string {
  return service.capacity.map((f) => `${f.label}: ${f.value}`).join('; ')
}
