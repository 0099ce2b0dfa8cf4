import { z } from 'zod'
import type { FieldMeta } from './serviceConfig'

/** A settings field as a form needs it, read from a zod schema built by serviceConfig.ts. */
export type ConfigField =
  | {
      key: string
      kind: 'number'
      meta: FieldMeta
      optional: boolean
      defaultValue?: number
      min: number
      max: number
      integer: boolean
      schema: z.ZodType
    }
  | {
      key: string
      kind: 'choice'
      meta: FieldMeta
      optional: boolean
      defaultValue?: string
      options: string[]
      schema: z.ZodType
    }
  | {
      key: string
      kind: 'boolean'
      meta: FieldMeta
      optional: boolean
      defaultValue?: boolean
      schema: z.ZodType
    }

export function configFields(schema: z.ZodObject): ConfigField[] {
  const fields: ConfigField[] = []
  for (const [key, field] of Object.entries(schema.shape) as Array<[string, z.ZodType]>) {
    const meta = (field.meta() ?? { label: key }) as FieldMeta
    let inner: z.ZodType = field
    let defaultValue: unknown
    let optional = false
    if (inner instanceof z.ZodDefault) {
      defaultValue = inner.def.defaultValue
      inner = inner.unwrap() as z.ZodType
    }
    if (inner instanceof z.ZodOptional) {
      optional = true
      inner = inner.unwrap() as z.ZodType
    }
    if (inner instanceof z.ZodNumber) {
      const f: ConfigField = {
        key,
        kind: 'number',
        meta,
        optional,
        min: inner.minValue ?? -Infinity,
        max: inner.maxValue ?? Infinity,
        // isInt also counts a .multipleOf(whole number) check, which `format` alone does not say.
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
        integer: inner.isInt,
        schema: field
      }
      if (typeof defaultValue === 'number') f.defaultValue = defaultValue
      fields.push(f)
    } else if (inner instanceof z.ZodEnum) {
      const f: ConfigField = {
        key,
        kind: 'choice',
        meta,
        optional,
        options: inner.options.map(String),
        schema: field
      }
      if (typeof defaultValue === 'string') f.defaultValue = defaultValue
      fields.push(f)
    } else if (inner instanceof z.ZodBoolean) {
      const f: ConfigField = { key, kind: 'boolean', meta, optional, schema: field }
      if (typeof defaultValue === 'boolean') f.defaultValue = defaultValue
      fields.push(f)
    }
  }
  return fields
}

/**
 * What a number field's text means. `incomplete` is text a person is still typing ("1.", "-",
 * "150,0"): never a value, and not yet an error unless the edit is over (`final`).
 */
export type NumberFieldParse =
  { value: number | undefined } | { error: string } | { incomplete: true }

const PLAIN_NUMBER = /^[-+]?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/
// 150,000 or 1,234,567.5: commas between groups of three digits are thousands separators.
const THOUSANDS = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/
// Text on its way to a number: a sign or point alone, a trailing point or exponent.
const STILL_TYPING = /^([-+]?\.?|[-+]?\d*\.|[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?)$/
// "150,0" may become "150,000"; "1,5" may be a decimal comma or the start of "1,500".
const MAYBE_THOUSANDS = /^[-+]?\d{1,3}(,\d{3})*,\d{0,2}$/

function formatLimit(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 })
}

/**
 * Parses what a person typed into a number field: the value, the reason it is refused, or
 * `incomplete` while the text is still on its way to a number. With `final` (the field lost
 * focus or Enter was pressed) nothing is incomplete any more: "1." is 1, "-" is refused.
 * A decimal comma is refused rather than guessed: "1,5" is never read as 15.
 */
export function parseNumberField(
  field: Extract<ConfigField, { kind: 'number' }>,
  text: string,
  final = true
): NumberFieldParse {
  const trimmed = text.trim()
  if (trimmed === '') {
    if (field.optional) return { value: undefined }
    return final ? { error: 'Enter a number.' } : { incomplete: true }
  }
  let plain = trimmed
  if (trimmed.includes(',')) {
    if (THOUSANDS.test(trimmed)) plain = trimmed.replace(/,/g, '')
    else if (!final && MAYBE_THOUSANDS.test(trimmed)) return { incomplete: true }
    else if (/^[-+]?\d+,\d+$/.test(trimmed))
      return { error: `Use a point for decimals: ${trimmed.replace(',', '.')}.` }
    else return { error: `"${trimmed}" is not a number. Use digits and a decimal point, like 1.5.` }
  }
  if (!PLAIN_NUMBER.test(plain)) {
    if (STILL_TYPING.test(plain)) {
      if (!final) return { incomplete: true }
      // "1." is a finished number to a person; a sign, point or exponent alone is not.
      if (/^[-+]?\d+\.$/.test(plain)) plain = plain.slice(0, -1)
      else return { error: 'Enter a number.' }
    } else {
      return { error: `"${trimmed}" is not a number. Use digits and a decimal point, like 1.5.` }
    }
  }
  const n = Number(plain)
  if (!Number.isFinite(n)) return { error: `"${trimmed}" is too large.` }
  if (field.integer && !Number.isInteger(n)) return { error: 'Enter a whole number.' }
  if (n > field.max) return { error: `Must be at most ${formatLimit(field.max)}.` }
  if (n < field.min) {
    // More digits can still lift "1" to a minimum of 64, so say nothing until the edit ends.
    if (!final && n >= 0) return { incomplete: true }
    return { error: `Must be at least ${formatLimit(field.min)}.` }
  }
  const parsed = field.schema.safeParse(n)
  if (!parsed.success) return { error: parsed.error.issues[0]!.message }
  return { value: n }
}

/** The next value of a spin button: one step up or down from `current`, kept in range. */
export function stepNumberField(
  field: Extract<ConfigField, { kind: 'number' }>,
  current: number,
  direction: 1 | -1,
  big = false
): number {
  const step =
    (field.integer ? 1 : current !== 0 && Math.abs(current) < 1 ? 0.1 : 1) * (big ? 10 : 1)
  // Round away binary noise (0.1 + 0.2) to the step's own precision.
  const next = Number((current + direction * step).toPrecision(12))
  return Math.min(field.max, Math.max(field.min, next))
}

/** A unit price a person types in the cost panel: dollars, 0 to 1,000,000, read like any number field. */
export const UNIT_PRICE_FIELD: Extract<ConfigField, { kind: 'number' }> = {
  key: 'unitPriceUSD',
  kind: 'number',
  meta: { label: 'Unit price', unit: 'USD' },
  optional: false,
  min: 0,
  max: 1_000_000,
  integer: false,
  schema: z.number().min(0).max(1_000_000)
}
