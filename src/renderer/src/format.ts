import { formatNumber, formatUsd as usdWithDecimals } from '../../shared/estimation/units'

export { formatNumber }

/** Money as people read it on a bill: whole dollars from $100 up, cents below. */
export function formatUsd(usd: number): string {
  return usdWithDecimals(usd, Math.abs(usd) >= 100 ? 0 : 2)
}

export function formatRate(mbps: number, recordsPerSecond: number): string {
  return `${formatNumber(recordsPerSecond)} rec/s · ${formatNumber(mbps, 3)} MB/s`
}

/** "1 service", "1,000 services": how progress and notices count a diagram. */
export function formatServiceCount(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'service' : 'services'}`
}
