import type { ConfigValue } from '../diagram/schema'
import { moneyText } from '../estimation/costLine'
import { figureValueText, type FigureKey } from '../estimation/figureLabels'

/** Below half a cent a change prints as $0.00: it is no change to a reader. */
const CENT = 0.005

/** The minus sign, not a hyphen: "−$5.00" reads as a negative amount in any font. */
const MINUS = '\u2212'

export function isCostChange(deltaUSD: number): boolean {
  return Math.abs(deltaUSD) >= CENT
}

/** "+$12.34", "−$5.00", "$0.00". */
export function signedMoneyText(deltaUSD: number): string {
  if (!isCostChange(deltaUSD)) return moneyText(0)
  return `${deltaUSD > 0 ? '+' : MINUS}${moneyText(Math.abs(deltaUSD))}`
}

/** "+25.4%", "−10.0%"; none when there was nothing before (a new cost is no percentage of $0). */
export function percentChange(beforeUSD: number, deltaUSD: number): number | undefined {
  if (beforeUSD < CENT) return undefined
  return (deltaUSD / beforeUSD) * 100
}

const PERCENT = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1
})

function percentText(percent: number): string {
  const text = PERCENT.format(Math.abs(percent))
  if (text === '0.0') return '0.0%'
  return `${percent > 0 ? '+' : MINUS}${text}%`
}

/** "+$12.34 (+25.4%)", "+$80.00" (new), "−$5.00 (−100.0%)". */
export function changeText(beforeUSD: number, deltaUSD: number): string {
  const percent = isCostChange(deltaUSD) ? percentChange(beforeUSD, deltaUSD) : undefined
  return percent === undefined
    ? signedMoneyText(deltaUSD)
    : `${signedMoneyText(deltaUSD)} (${percentText(percent)})`
}

/** The longest setting value shown in full: a query or a policy is cut, the JSON has it whole. */
const MAX_VALUE_CHARS = 80

/** A setting's value as the file writes it ("gzip" quoted, 4 not), or (none) when absent. */
export function valueText(value: ConfigValue | undefined): string {
  if (value === undefined) return '(none)'
  const text = JSON.stringify(value)
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text
}

export function figureChangeValue(key: FigureKey, value: number | undefined): string {
  return value === undefined ? '(none)' : figureValueText(key, value)
}
