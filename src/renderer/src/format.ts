/** Money as people read it on a bill: whole dollars above $100, cents below. */
export function formatUsd(usd: number): string {
  const digits = Math.abs(usd) >= 100 ? 0 : 2
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`
}

export function formatNumber(value: number, digits = 2): string {
  if (value !== 0 && Math.abs(value) < 0.01) return value.toPrecision(2)
  return value.toLocaleString('en-US', { maximumFractionDigits: digits })
}

export function formatRate(mbps: number, recordsPerSecond: number): string {
  return `${formatNumber(recordsPerSecond)} rec/s · ${formatNumber(mbps, 3)} MB/s`
}
