import { expect } from 'vitest'
import type { ValidatedFileJson, ValidateRunJson } from '../../src/cli/validateCli'

/** `validate --format json` of one file: the run parsed, checked to hold that one file, and it. */
export function onlyFile(out: string): ValidatedFileJson {
  const run = JSON.parse(out) as ValidateRunJson
  expect(run.files).toHaveLength(1)
  expect(run.summary.files).toBe(1)
  return run.files[0]!
}
