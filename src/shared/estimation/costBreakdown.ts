import { serviceName, type ServiceId } from '../catalog/services'
import type { NodeEstimate } from './nodeEstimate'

export interface ServiceCost {
  /** The service id, or undefined for the row that sums the rest. */
  service: ServiceId | undefined
  name: string
  /** How many nodes of the service are summed. */
  nodes: number
  monthlyCostUSD: number
}

/**
 * Monthly cost by service, dearest first, for the Cost tab's bar chart: the `top` dearest
 * services with a cost, then one row for everything else when there is more.
 */
export function costByService(nodes: readonly NodeEstimate[], top = 8): ServiceCost[] {
  const by = new Map<ServiceId, ServiceCost>()
  for (const n of nodes) {
    if (n.monthlyCostUSD <= 0) continue
    let row = by.get(n.service)
    if (!row)
      by.set(
        n.service,
        (row = { service: n.service, name: serviceName(n.service), nodes: 0, monthlyCostUSD: 0 })
      )
    row.nodes++
    row.monthlyCostUSD += n.monthlyCostUSD
  }
  const rows = [...by.values()].sort(
    (a, b) => b.monthlyCostUSD - a.monthlyCostUSD || a.name.localeCompare(b.name)
  )
  if (rows.length <= top + 1) return rows
  const rest = rows.slice(top)
  return [
    ...rows.slice(0, top),
    {
      service: undefined,
      name: `${rest.length} other services`,
      nodes: rest.reduce((s, r) => s + r.nodes, 0),
      monthlyCostUSD: rest.reduce((s, r) => s + r.monthlyCostUSD, 0)
    }
  ]
}
