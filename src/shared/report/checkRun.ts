import type { DiagramAnalysis } from '../analysis/analyzeDiagram'
import type { IgnoredProblem } from '../analysis/ignores'
import type { Diagram } from '../diagram/types'
import type { ImportResult } from '../interchange/import/importReport'
import type { Problem, Severity } from '../validation/problems'
import type { Counts } from '../validation/validationResult'

/** Where something is written in a file: 1-based line and column, as editors and SARIF count. */
export interface SourcePosition {
  line: number
  column: number
}

/** One file `pipewright validate` checked. */
export interface CheckedFile {
  /** As the user named it (`-` is `<stdin>` or --stdin-filename), with forward slashes. */
  path: string
  /** What the file was: a diagram, or the kind it was imported from. */
  kind: 'diagram' | 'cloudformation' | 'drawio'
  diagram: Diagram
  analysis: DiagramAnalysis
  /** The problems to report: the analysis's, less the ignored and, with --quiet, all but errors. */
  problems: readonly Problem[]
  /** Problems a suppression hid (the file's `ignore` entries and --ignore codes). */
  ignored: readonly IgnoredProblem[]
  /** Every problem not ignored, by severity, --quiet or not: what the summary and --fail-on read. */
  counts: Counts
  /** Where the node, edge or setting a problem names is written; undefined when unknown (a PNG). */
  locate: (problem: Problem) => SourcePosition | undefined
  /** A template or draw.io file imported in memory to be checked: what the import made of it. */
  imported?: ImportResult
}

/** A file that could not be read or is not a valid diagram: reported, and the exit code is 2. */
export interface UnreadableFile {
  path: string
  error: string
}

/** The least severity that fails the run; `never` only fails on an unreadable file. */
export type FailOn = Severity | 'never'

export interface CheckRun {
  files: readonly CheckedFile[]
  unreadable: readonly UnreadableFile[]
  failOn: Exclude<FailOn, 'info'>
}
