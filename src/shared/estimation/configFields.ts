import { z } from 'zod'
import type { FieldMeta } from './serviceConfig'

/** A settings field as a form needs it, read from a zod schema built by serviceConfig.ts. */
export type ConfigField =
  | { key: string; kind: 'number'; meta: FieldMeta; optional: boolean; defaultValue?: number; min: number; max: number; integer: boolean; schema: z.ZodType }
  | { key: string; kind: 'choice'; meta: FieldMeta; optional: boolean; defaultValue?: string; options: string[]; schema: z.ZodType }
  | { key: string; kind: 'boolean'; meta: FieldMeta; optional: boolean; defaultValue?: boolean; schema: z.ZodType }

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
        integer: inner.isInt,
        schema: field,
      }
      if (typeof defaultValue === 'number') f.defaultValue = defaultValue
      fields.push(f)
    } else if (inner instanceof z.ZodEnum) {
      const f: ConfigField = { key, kind: 'choice', meta, optional, options: inner.options.map(String), schema: field }
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

/** Parses what a person typed into a number field: the value, or the reason it is refused. */
export function parseNumberField(field: Extract<ConfigField, { kind: 'number' }>, text: string): { value: number | undefined } | { error: string } {
  const trimmed = text.trim().replace(/,/g, '')
  if (trimmed === '') return field.optional ? { value: undefined } : { error: 'Enter a number.' }
  const n = Number(trimmed)
  if (!Number.isFinite(n)) return { error: `"${text}" is not a number.` }
  const parsed = field.schema.safeParse(n)
  if (!parsed.success) {
    if (field.integer && !Number.isInteger(n)) return { error: 'Enter a whole number.' }
    if (n < field.min) return { error: `Must be at least ${field.min.toLocaleString('en-US')}.` }
    if (n > field.max) return { error: `Must be at most ${field.max.toLocaleString('en-US')}.` }
    return { error: parsed.error.issues[0]!.message }
  }
  return { value: n }
}
