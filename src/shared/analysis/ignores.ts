import type { Problem } from '../validation/problems'

/** A problem a suppression hid, with the reason given for it and whose suppression it was. */
export interface IgnoredProblem {
  problem: Problem
  reason: string
  /** `file`: an `ignore` entry in the diagram; `command line`: `--ignore CODE`. */
  by: 'file' | 'command line'
}
