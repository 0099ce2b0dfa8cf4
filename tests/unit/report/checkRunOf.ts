import { readFileSync } from 'node:fs'
import { analyzeDiagram } from '../../../src/shared/analysis/analyzeDiagram'
import type { IgnoredProblem } from '../../../src/shared/analysis/ignores'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import { sniffImportKind } from '../../../src/shared/interchange/import/sniffImportKind'
import { importTemplate } from '../../../src/shared/interchange/cloudformation/importTemplate'
import type {
  CheckRun,
  CheckedFile,
  FailOn,
  UnreadableFile
} from '../../../src/shared/report/checkRun'
import { createLocator } from '../../../src/shared/report/sourceLocator'
import type { Problem } from '../../../src/shared/validation/problems'
import { tally, type Counts } from '../../../src/shared/validation/validationResult'
import { REPO_DIR } from '../helpers'

/**
 * A file as `pipewright validate` checks it: a diagram loaded, or a CloudFormation template
 * imported in memory, analysed, with its locator. Every problem is reported unless `ignore`
 * names its code (as an `ignore` entry or `--ignore CODE` would).
 */
export function checkedFileOf(
  text: string,
  path: string,
  kind: 'diagram' | 'cloudformation' = 'diagram',
  ignore: ReadonlyArray<{ code: string; reason: string; by?: IgnoredProblem['by'] }> = []
): CheckedFile {
  let imported
  let diagram
  if (kind === 'cloudformation') {
    const result = importTemplate(text, path)
    if (!result.ok) throw new Error(`${path}: ${result.message}`)
    diagram = result.diagram
    imported = result.report
  } else {
    const loaded = loadDiagram(text)
    if (!loaded.ok) throw new Error(`${path}: ${loaded.error.message}`)
    diagram = loaded.diagram
  }
  const analysis = analyzeDiagram(diagram)
  const ignored: IgnoredProblem[] = []
  const problems = analysis.problems.filter((problem) => {
    const entry = ignore.findIndex((i) => i.code === problem.code)
    const rule = ignore[entry]
    if (rule) ignored.push({ problem, reason: rule.reason, by: rule.by ?? 'file', entry })
    return !rule
  })
  return {
    path,
    kind,
    diagram,
    analysis,
    problems,
    ignored,
    counts: countsOf(problems),
    locate: createLocator({ kind, text, diagram, ...(imported ? { imported } : {}) })
  }
}

function countsOf(problems: readonly Problem[]): Counts {
  const counts = { error: 0, warning: 0, info: 0 }
  tally(counts, problems, 1)
  return counts
}

/** A file of the repository, by its path from the root (which is also the path reported). */
export function checkedRepoFile(
  path: string,
  ignore?: Parameters<typeof checkedFileOf>[3]
): CheckedFile {
  const text = readFileSync(`${REPO_DIR}${path}`, 'utf8')
  const kind = sniffImportKind(text, path) === 'cloudformation' ? 'cloudformation' : 'diagram'
  return checkedFileOf(text, path, kind, ignore)
}

export function checkRunOf(
  files: readonly CheckedFile[],
  options: { failOn?: Exclude<FailOn, 'info'>; unreadable?: readonly UnreadableFile[] } = {}
): CheckRun {
  return { files, unreadable: options.unreadable ?? [], failOn: options.failOn ?? 'error' }
}
