import { moneyText } from '../../shared/estimation/costLine'
import { formatNumber } from '../../shared/estimation/units'

export { formatNumber }

/** Money as on a bill: always two decimals ("$13,140.00", "$0.50"). */
export function formatUsd(usd: number): string {
  return moneyText(usd)
}

export function formatRate(mbps: number, recordsPerSecond: number): string {
  return `${formatNumber(recordsPerSecond)} rec/s · ${formatNumber(mbps, 3)} MB/s`
}

/** "1 service", "1,000 services": how progress and notices count a diagram. */
export function formatServiceCount(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'service' : 'services'}`
}
