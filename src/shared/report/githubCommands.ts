import type { Severity } from '../validation/problems'
import type { CheckRun } from './checkRun'

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

/** A command's message, escaped as @actions/core's command.ts does (`escapeData`). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value (`file=`, `title=`): `escapeProperty` also escapes `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function command(
  name: string,
  properties: ReadonlyArray<[string, string | number | undefined]>,
  message: string
): string {
  const props = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`
}

/**
 * GitHub Actions workflow commands, one line per problem (`::error file=…,line=…,col=…,title=…::`),
 * so a pull request shows each on the node or edge it names; errors, warnings and notes become
 * ::error, ::warning and ::notice. Ignored problems are left out; an unreadable file is an ::error.
 */
export function toGithub(run: CheckRun): string {
  const lines: string[] = []
  for (const file of run.files) {
    for (const p of file.problems) {
      const at = file.locate(p)
      lines.push(
        command(
          COMMANDS[p.severity],
          [
            ['file', file.path],
            ['line', at?.line],
            ['col', at?.column],
            ['title', p.code]
          ],
          p.fix ? `${p.message}\nFix: ${p.fix.description}` : p.message
        )
      )
    }
  }
  for (const u of run.unreadable)
    lines.push(
      command(
        'error',
        [
          ['file', u.path],
          ['title', 'unreadable file']
        ],
        u.error
      )
    )
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}
