#!/usr/bin/env node
'use strict'
// Runs the TypeScript CLI straight from src/ so that `npx pipewright` works right after `npm install`.
require('tsx/cjs')
const { main } = require('../src/cli/main.ts')
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err) => {
    process.stderr.write(`pipewright: unexpected failure: ${err && err.stack ? err.stack : err}\n`)
    process.exitCode = 2
  },
)
