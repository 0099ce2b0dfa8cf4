#!/usr/bin/env node
'use strict'
// Runs the TypeScript CLI straight from src/ so that `npx pipewright` works right after `npm install`.
require('tsx/cjs')
const { main } = require('../src/cli/main.ts')

// `pipewright validate … | head -1`: when the reader closes the pipe, the rest of the output has
// nowhere to go. That is not a failure of the check: say nothing and exit with its code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') return
    throw err
  })
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err) => {
    process.stderr.write(`pipewright: unexpected failure: ${err && err.stack ? err.stack : err}\n`)
    process.exitCode = 2
  }
)
