import type { z } from 'zod'
import type { LoadError } from './loadError'
import { formatPath, shorten } from './messages'

/** The schema's first complaint, with the place and how many more there are. */
export function schemaError(issues: readonly z.core.$ZodIssue[]): LoadError {
  const issue = issues[0]!
  const path = formatPath(issue.path)
  const extra =
    issues.length > 1
      ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})`
      : ''
  return {
    code: 'schema',
    message: `Invalid diagram at ${path}: ${shorten(issue.message, 200)}${extra}.`,
    path
  }
}
