// Child process of scripts/electronegativity.mjs: runs the function Electronegativity's CLI wraps
// and writes its findings as JSON to the file named by argv[2]. Not the CLI's CSV: the CLI writes
// the CSV's header and its rows with two unsynchronised fs.writeFile calls (a row can be lost or
// overwritten), exits 0 whatever it found, and reports a file it could not parse nowhere.
const { writeFileSync } = require('node:fs')
const run = require('@doyensec/electronegativity')

const [out, input, electronVersion, ...excluded] = process.argv.slice(2)
run(
  { input, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: excluded },
  false
)
  .then((result) => {
    const findings = result.issues.map((issue) => ({
      issue: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      filename: issue.file,
      location: `${issue.location.line}:${issue.location.column}`,
      sample: issue.sample,
      description: issue.description,
      url: `https://github.com/doyensec/electronegativity/wiki/${issue.id}`
    }))
    const errors = result.errors.map((error) => ({
      file: error.file,
      message: error.message,
      tolerable: error.tolerable
    }))
    writeFileSync(
      out,
      JSON.stringify({ checks: result.globalChecks + result.atomicChecks, findings, errors })
    )
  })
  .catch((error) => {
    console.error(error && error.stack ? error.stack : error)
    process.exit(1)
  })
