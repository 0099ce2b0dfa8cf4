import { formatCitation } from '../catalog/citations'
import { renderIntegrationsDoc } from '../mechanisms/integrationsDoc'
import { OWN_RULES } from '../validation/ownRules'
import { PROBLEM_CODES, problemCodeAnchor, type ProblemFamily } from './problemCodes'

const FAMILY_NAMES: Record<ProblemFamily, string> = {
  edge: 'an edge’s check',
  graph: 'a whole-diagram rule',
  estimate: 'the estimate (capacity and settings)',
  suppression: 'the diagram’s ignore list'
}

/** `[title](url)` for an AWS page, the formatted citation for a seed note. */
function sourceText(citation: Parameters<typeof formatCitation>[0]): string {
  return citation.kind === 'aws' ? `[${citation.title}](${citation.url})` : formatCitation(citation)
}

/**
 * The "Problem codes" section: one anchor per code, which SARIF rules' help links to. It lives in
 * report/ (above mechanisms) because it reads the catalog; the generator appends it.
 */
function renderProblemCodesSection(): string[] {
  const lines = [
    '<a id="problem-codes"></a>',
    '',
    '## Problem codes',
    '',
    `Every code \`pipewright validate\` reports (its SARIF rules link here), with its default severity,`,
    'where it is raised and what it rests on. Ignore one with `--ignore CODE` or an `ignore` entry in',
    'the diagram.',
    ''
  ]
  for (const info of PROBLEM_CODES) {
    lines.push(`<a id="${problemCodeAnchor(info.code)}"></a>`, '')
    lines.push(`### \`${info.code}\`: ${info.title}`, '')
    lines.push(`${info.severity}, from ${FAMILY_NAMES[info.family]}. ${info.description}`, '')
    if (info.ownRule)
      lines.push(
        `Source: Pipewright’s own rule, [${OWN_RULES[info.ownRule]}](diagram-rules.md#${info.ownRule}).`,
        ''
      )
    else if (info.sources && info.sources.length > 0)
      lines.push('Source:', ...info.sources.map((s) => `- ${sourceText(s)}`), '')
    else lines.push('Source: each problem cites its own (the message’s `source:` line).', '')
  }
  return lines
}

/** docs/integrations.md as `npm run docs:integrations` writes it: the services, then the codes. */
export function renderIntegrationsDocWithCodes(): string {
  const lines = [...renderProblemCodesSection()]
  while (lines.at(-1) === '') lines.pop()
  return `${renderIntegrationsDoc()}\n${lines.join('\n')}\n`
}
