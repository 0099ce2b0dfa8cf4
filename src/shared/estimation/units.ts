/** Units as the Kinesis limits define them: KB = 1,024 bytes, MB = 1,048,576 bytes, GB = 1,024 MB. */
export const KB_PER_MB = 1024
export const MB_PER_GB = 1024
export const SECONDS_PER_HOUR = 3600
export const SECONDS_PER_DAY = 86_400
export const DAYS_PER_MONTH = 730 / 24

export function secondsPerMonth(hoursPerMonth: number): number {
  return hoursPerMonth * SECONDS_PER_HOUR
}

/** GB moved in a month by a steady rate of MB/s. */
export function gbPerMonth(mbPerSecond: number, hoursPerMonth: number): number {
  return (mbPerSecond * secondsPerMonth(hoursPerMonth)) / MB_PER_GB
}

/** Rounds a computed figure for display and JSON (cents for money, 6 significant digits otherwise). */
export function roundFigure(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value
  return Number(value.toPrecision(6))
}

export function roundUsd(value: number): number {
  return Math.round(value * 100) / 100
}

// toLocaleString builds a new formatter on every call (about 20 µs); reuse one per style.
const FORMATTERS = new Map<string, Intl.NumberFormat>()

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = FORMATTERS.get(key)
  if (!f) {
    f = new Intl.NumberFormat('en-US', options)
    FORMATTERS.set(key, f)
  }
  return f
}

/** 1234567 → "1,234,567", as en-US Intl formatting groups a whole number. */
function groupThousands(whole: number): string {
  const digits = String(whole)
  let out = digits.slice(0, digits.length % 3 || 3)
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`
  return out
}

/** A figure for people: thousands separators, at most `digits` decimals, small values kept. */
export function formatNumber(value: number, digits = 2): string {
  if (value !== 0 && Math.abs(value) < 0.01) return value.toPrecision(2)
  // Whole figures (badges: shards, WCU, GB) skip Intl, which costs about a microsecond a call.
  // Intl rounds half away from zero; for positive values that is Math.round. Negative values and
  // −0 (which Intl writes "-0") take the general path.
  if (value >= 0 && value < 1e15 && !Object.is(value, -0)) {
    if (Number.isInteger(value)) return groupThousands(value)
    if (digits === 0) return groupThousands(Math.round(value))
  }
  return formatter(`n${digits}`, { maximumFractionDigits: digits }).format(value)
}

/** Money with a fixed number of decimals (cents by default). */
export function formatUsd(usd: number, decimals = 2): string {
  return `$${formatter(`usd${decimals}`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(usd)}`
}
