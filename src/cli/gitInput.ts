import { tooLargeMessage } from '../shared/diagram/fileLimits'
import { DIAGRAM_LIMITS } from '../shared/diagram/schema'
import type { CliIo } from './cliIo'
import { analysableFromBytes, type Analysable } from './readInput'

export const GIT_PREFIX = 'git:'

/**
 * `git:REV:PATH` as its two parts. REV ends at the first colon (a ref name cannot hold one);
 * PATH is the rest, by git's rules. A REV that starts with a dash is refused: git would read it
 * as an option.
 */
function parseGitInput(spec: string): { rev: string; path: string } | { error: string } {
  const rest = spec.slice(GIT_PREFIX.length)
  const colon = rest.indexOf(':')
  const rev = colon < 0 ? rest : rest.slice(0, colon)
  const path = colon < 0 ? '' : rest.slice(colon + 1)
  if (rev === '' || path === '')
    return {
      error: `${spec}: a git input is git:REV:PATH, e.g. git:main:pipelines/click.pipewright.json (./click.pipewright.json for a path from the current folder).`
    }
  if (rev.startsWith('-'))
    return { error: `${spec}: a revision cannot start with "-" (git would take it as an option).` }
  return { rev, path }
}

/** An input read from git history; `missing` says why it is empty: the path is not at REV. */
export type GitAnalysable = Analysable | { missing: string }

/** `git:REV:PATH` read and analysed as a file of that name would be (so a .yaml is imported). */
export async function readGitAnalysable(
  spec: string,
  io: CliIo,
  page?: number
): Promise<GitAnalysable> {
  const parsed = parseGitInput(spec)
  if ('error' in parsed) return parsed
  const shown = await io.gitShow(parsed.rev, parsed.path, DIAGRAM_LIMITS.maxFileBytes)
  if ('missing' in shown) return shown
  if ('error' in shown) return { error: `Cannot read ${spec}: ${shown.error}.` }
  if ('tooLarge' in shown)
    return { error: `${spec}: ${tooLargeMessage(shown.tooLarge, 'the file')}` }
  return analysableFromBytes(shown.bytes, spec, page)
}
