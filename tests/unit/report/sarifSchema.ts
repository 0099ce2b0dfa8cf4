import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv-draft-04'
import { expect } from 'vitest'

/** The SARIF 2.1.0 JSON schema (OASIS rtm.5, draft-04), as @microsoft/jest-sarif ships it. */
const schema = JSON.parse(
  readFileSync(
    fileURLToPath(import.meta.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')),
    'utf8'
  )
) as object

/** RFC 3986 URI references: no spaces or brackets, every % an escape. */
const URI_REFERENCE =
  /^([a-z][a-z0-9+.-]*:)?([A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/i
const ajv = new Ajv({
  allErrors: true,
  strict: false,
  // The schema's language pattern is not valid with the u flag (a stray bracket): read it as written.
  unicodeRegExp: false,
  formats: {
    uri: (s: string) => URI_REFERENCE.test(s) && /^[a-z][a-z0-9+.-]*:/i.test(s),
    'uri-reference': (s: string) => URI_REFERENCE.test(s),
    'date-time': (s: string) => !Number.isNaN(Date.parse(s))
  }
})
export const validate = ajv.compile(schema)

export function expectValid(log: unknown): void {
  const ok = validate(log)
  expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([])
}
