// npm run docs:integrations: writes docs/integrations.md from the mechanism data and the
// problem-code catalog (src/shared/report/problemCodes.ts).
// `--check` writes nothing and exits 1 when the file is stale (the vitest test checks the same).
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  INTEGRATIONS_DOC_COMMAND,
  INTEGRATIONS_DOC_PATH
} from '../src/shared/mechanisms/integrationsDoc'
import { renderIntegrationsDocWithCodes } from '../src/shared/report/problemCodesDoc'

const path = resolve(dirname(fileURLToPath(import.meta.url)), '..', INTEGRATIONS_DOC_PATH)
const text = renderIntegrationsDocWithCodes()

if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    // A missing file is stale too.
  }
  if (current !== text) {
    process.stderr.write(
      `${INTEGRATIONS_DOC_PATH} is stale: run \`${INTEGRATIONS_DOC_COMMAND}\`.\n`
    )
    process.exitCode = 1
  }
} else {
  writeFileSync(path, text)
  process.stdout.write(`wrote ${INTEGRATIONS_DOC_PATH} (${text.split('\n').length - 1} lines)\n`)
}
