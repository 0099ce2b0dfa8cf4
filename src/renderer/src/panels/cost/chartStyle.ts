import { PALETTES } from '../../../../shared/theme/palette'
import { useResolvedTheme } from '../../store/viewPrefs'

/** The charts' colours, dashes and money axis, shared by the stream chart and the service breakdown. */

/** Line colours that keep 3:1 against the panel in each theme; dashes tell them apart without colour. */
const SERIES = {
  light: ['#1d4fd0', '#b45309', '#15803d', '#7e22ce'],
  dark: ['#8db4ff', '#fbbf24', '#4ade80', '#d8b4fe']
}
export const DASHES = [undefined, '6 3', '2 3', '10 3 2 3']

/** "$12", "$1.2k", "$35k": axis ticks, where a bill's cents are noise. */
export function compactUsd(usd: number): string {
  if (usd >= 1e6) return `$${Number((usd / 1e6).toPrecision(2))}M`
  if (usd >= 1e3) return `$${Number((usd / 1e3).toPrecision(2))}k`
  return `$${Number(usd.toPrecision(2))}`
}

/** Ticks at 1, 2 and 5 times the powers of ten that fall inside the range. */
export function usdTicks(min: number, max: number): number[] {
  const ticks: number[] = []
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const f of [1, 2, 5]) {
      const v = f * 10 ** e
      if (v >= min && v <= max) ticks.push(v)
    }
  }
  return ticks.length > 6 ? ticks.filter((v) => Math.log10(v) % 1 === 0) : ticks
}

export function useChartColours() {
  const theme = useResolvedTheme()
  const p = PALETTES[theme]
  return {
    series: SERIES[theme],
    text: p.text,
    muted: p.muted,
    grid: p.border,
    panel: p.panel,
    accent: p.accentText
  }
}
