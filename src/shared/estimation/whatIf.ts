import { z } from 'zod'
import type { ConfigField } from './configFields'

/**
 * The what-if traffic multiplier: every source's own traffic times this, to see what the pipeline
 * would need and cost at a tenth or a hundred times today's load. It is a view, never saved in
 * the diagram file.
 */
export const WHAT_IF_MIN = 0.1
export const WHAT_IF_MAX = 100
export const WHAT_IF_PRESETS: readonly number[] = [0.1, 0.5, 1, 2, 5, 10, 100]

/** The multiplier's text box reads like every number field (key by key, a point for decimals). */
export const MULTIPLIER_FIELD: Extract<ConfigField, { kind: 'number' }> = {
  key: 'trafficMultiplier',
  kind: 'number',
  meta: { label: 'Traffic multiplier', unit: '×' },
  optional: false,
  min: WHAT_IF_MIN,
  max: WHAT_IF_MAX,
  integer: false,
  schema: z.number().min(WHAT_IF_MIN).max(WHAT_IF_MAX)
}

export function clampMultiplier(m: number): number {
  if (!Number.isFinite(m)) return 1
  return Math.min(WHAT_IF_MAX, Math.max(WHAT_IF_MIN, m))
}

/**
 * The slider runs over log₁₀ of the multiplier in hundredths: 0 is 0.1×, 100 is 1×, 300 is 100×.
 * One arrow key is a step of about 2.3 %; the value is rounded to three significant figures so it
 * reads as a person would write it (1.02×, 35.5×), and a preset within half a step is that preset.
 */
const SLIDER_STEPS_PER_DECADE = 100
export const SLIDER_MAX = Math.round(
  Math.log10(WHAT_IF_MAX / WHAT_IF_MIN) * SLIDER_STEPS_PER_DECADE
)

export function sliderPosition(m: number): number {
  return Math.round(Math.log10(clampMultiplier(m) / WHAT_IF_MIN) * SLIDER_STEPS_PER_DECADE)
}

export function multiplierAt(position: number): number {
  const p = Math.min(SLIDER_MAX, Math.max(0, position))
  const raw = WHAT_IF_MIN * 10 ** (p / SLIDER_STEPS_PER_DECADE)
  const preset = WHAT_IF_PRESETS.find((v) => sliderPosition(v) === Math.round(p))
  if (preset !== undefined) return preset
  return clampMultiplier(Number(raw.toPrecision(3)))
}

/** The next preset above (1) or below (−1) a multiplier, or the multiplier itself at either end. */
export function nextPreset(m: number, direction: 1 | -1): number {
  if (direction === 1) return WHAT_IF_PRESETS.find((v) => v > m * (1 + 1e-9)) ?? WHAT_IF_MAX
  return [...WHAT_IF_PRESETS].reverse().find((v) => v < m * (1 - 1e-9)) ?? WHAT_IF_MIN
}

/** "10×", "0.5×", "2.5×": how the what-if notice and the chart name a multiplier. */
export function multiplierText(m: number): string {
  return `${Number(m.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 3 })}×`
}

/** `count` multipliers from `min` to `max`, evenly spaced on a log scale, both ends included. */
export function logSamples(min: number, max: number, count: number): number[] {
  if (count < 2) return [min]
  const a = Math.log(min)
  const step = (Math.log(max) - a) / (count - 1)
  const out: number[] = []
  for (let i = 0; i < count; i++)
    out.push(i === count - 1 ? max : i === 0 ? min : Math.exp(a + step * i))
  return out
}
