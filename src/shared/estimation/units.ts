/** Units as the Kinesis limits define them: KB = 1,024 bytes, MB = 1,048,576 bytes, GB = 1,024 MB. */
export const KB_PER_MB = 1024
export const MB_PER_GB = 1024
export const GB_PER_TB = 1024
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
