import { formatCitation, type Citation } from '../catalog/citations'
import {
  CATEGORIES,
  SERVICES,
  getService,
  type ServiceDefinition,
  type ServiceId
} from '../catalog/services'
import { MECHANISMS } from './all'
import { pairOptions } from './derive'
import {
  CARRIES_KINDS,
  type Carries,
  type Lifecycle,
  type Mechanism,
  type MechanismLink
} from './types'

/** The command that writes docs/integrations.md; the stale-doc test names it too. */
export const INTEGRATIONS_DOC_COMMAND = 'npm run docs:integrations'
export const INTEGRATIONS_DOC_PATH = 'docs/integrations.md'

const CARRIES_MEANING: Record<Carries, string> = {
  data: 'records or objects; the only kind a fix routes data through',
  notification: 'an event saying an object exists or changed (about 1 KB), not its content',
  metadata: 'table definitions and partitions, not the rows',
  control: 'starts a job, a step or a query; the data moves by other edges',
  keys: 'an encryption key protecting the target’s data; no data moves',
  checkpoints: 'a consumer’s leases and progress state'
}

type Direction = 'out' | 'in'

interface Group {
  mechanism: Mechanism
  links: MechanismLink[]
}

function serviceLink(id: ServiceId): string {
  const service = getService(id)
  return `[${service.name}](#${id})${service.retired ? ' (retired)' : ''}`
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}

/** The link's verdict as the validator derives it: the first pair it names stands for all of them. */
function verdictOf(mechanism: Mechanism, link: MechanismLink): 'ok' | 'warning' | 'error' {
  const source = link.from[0]
  const target = link.to[0]
  if (!source || !target) return 'ok'
  return (
    pairOptions(source, target).find((o) => o.mechanism === mechanism && o.link === link)
      ?.verdict ?? 'ok'
  )
}

function lifecycleText(lifecycle: Lifecycle): string {
  const what = lifecycle.status === 'deleted' ? 'Deleted' : 'Closed to new customers'
  return `${what}${lifecycle.since ? ` from ${lifecycle.since}` : ''}: ${sentence(lifecycle.notice)}`
}

function groupsOf(service: ServiceId, direction: Direction): Group[] {
  const groups: Group[] = []
  for (const mechanism of MECHANISMS) {
    const links = mechanism.links.filter((l) =>
      (direction === 'out' ? l.from : l.to).includes(service)
    )
    if (links.length > 0) groups.push({ mechanism, links })
  }
  return groups
}

function uniqueCitations(citations: Iterable<Citation | undefined>): string[] {
  const seen = new Set<string>()
  for (const c of citations) if (c) seen.add(formatCitation(c))
  return [...seen]
}

function mechanismFacts(m: Mechanism): string {
  const facts = [`\`${m.id}\``, `carries \`${m.carries}\``, `owned by ${serviceLink(m.owner)}`]
  if (m.exhaustive) facts.push('the complete list')
  if (m.hook)
    facts.push(
      'a transformation hook: its target returns records to the caller and forwards nothing'
    )
  return facts.join('; ')
}

function renderLink(m: Mechanism, link: MechanismLink, direction: Direction): string[] {
  const members = (direction === 'out' ? link.to : link.from).map(serviceLink).join(', ')
  const verdict = verdictOf(m, link)
  const label = link.label && link.label !== m.label ? ` — “${link.label}”` : ''
  const mark = verdict === 'ok' ? '' : ` — **${verdict}**`
  const lines = [`- ${members}${label}${mark}`]
  const sub = (text: string) => lines.push(`  - ${text}`)
  if (link.caveat) sub(`Caveat: ${sentence(link.caveat)}`)
  if (link.lifecycle) sub(lifecycleText(link.lifecycle))
  if (link.note) sub(`Note: ${sentence(link.note)}`)
  if (link.customCode) sub('Custom code: code the user writes and runs, not a managed integration.')
  if (link.notABridge)
    sub('Only at the end of a fix: a suggested chain may end with it but never goes on through it.')
  if (link.oneOff) sub('One-off: fix suggestions never use it.')
  if (link.refuted) sub(`Refuted by AWS: ${link.refuted}.`)
  if (link.preferred) sub('The default when several mechanisms connect the pair.')
  return lines
}

function renderGroup(group: Group, direction: Direction): string[] {
  const m = group.mechanism
  const lines = [`**${m.name}** (${mechanismFacts(m)})`, '']
  for (const link of group.links) lines.push(...renderLink(m, link, direction))
  if (m.exhaustive && m.instead && direction === 'out')
    lines.push('', `Anything else: ${sentence(m.instead)}`)
  const sources = uniqueCitations([
    m.citation,
    ...group.links.flatMap((l) => [l.citation, l.lifecycle?.citation])
  ])
  lines.push('', 'Sources:', ...sources.map((s) => `- ${s}`), '')
  return lines
}

function renderRetirement(service: ServiceDefinition): string[] {
  const retired = service.retired
  if (!retired) return []
  const instead = retired.instead ?? retired.successors.map(serviceLink).join(' or ')
  return [
    `> **Retired:** ${service.name} is ${retired.status}${instead ? `; use ${instead} instead` : ''}.`,
    `> Source: ${formatCitation(retired.citation)}`,
    ''
  ]
}

function renderService(service: ServiceDefinition): string[] {
  const lines = [
    `<a id="${service.id}"></a>`,
    '',
    `## ${service.name} (\`${service.id}\`)`,
    '',
    service.description,
    ''
  ]
  lines.push(...renderRetirement(service))
  for (const direction of ['out', 'in'] as const) {
    const groups = groupsOf(service.id, direction)
    lines.push(`### ${direction === 'out' ? 'Sends to' : 'Receives from'}`, '')
    if (groups.length === 0) {
      lines.push(
        direction === 'out'
          ? 'No documented mechanism out of it.'
          : 'No documented mechanism into it.',
        ''
      )
      continue
    }
    for (const group of groups) lines.push(...renderGroup(group, direction))
  }
  return lines
}

function renderHeader(): string[] {
  const contents = CATEGORIES.map((category) => {
    const names = SERVICES.filter((s) => s.category === category.id).map(
      (s) => `[${s.name}](#${s.id})`
    )
    return `- ${category.name}: ${names.join(', ')}`
  })
  return [
    '# Integrations by service',
    '',
    `<!-- Generated by \`${INTEGRATIONS_DOC_COMMAND}\`; do not edit by hand. -->`,
    '',
    `Generated from the mechanism data in \`src/shared/mechanisms/\` and the catalog in`,
    `\`src/shared/catalog/services.ts\` by \`${INTEGRATIONS_DOC_COMMAND}\`. Do not edit it by hand: a test fails`,
    'when this file differs from the data, and the command rewrites it.',
    '',
    'A **mechanism** is one list AWS documents under its owning service ("Firehose destinations",',
    '"Lambda event source mappings", "Glue ETL connection types", …). An edge A → B is documented when a',
    'mechanism links A to B; every edge verdict the validator gives is derived from these lists (the',
    'rules about how a diagram is drawn are Pipewright’s own: [diagram-rules.md](diagram-rules.md)).',
    'Each service below lists what it sends to and what it receives from, grouped by mechanism, with',
    'the sources.',
    'A line marked **warning** has a caveat or a closed-to-new-customers notice; **error** means AWS',
    'has deleted the mechanism. A quoted label is how the edge is named when it differs from the',
    'mechanism’s own.',
    '',
    'What a mechanism carries:',
    '',
    ...CARRIES_KINDS.map((kind) => `- \`${kind}\`: ${CARRIES_MEANING[kind]}.`),
    '',
    `${SERVICES.length} services, ${MECHANISMS.length} mechanisms.`,
    '',
    ...contents,
    ''
  ]
}

/** docs/integrations.md: the same data always gives the same text. */
export function renderIntegrationsDoc(): string {
  const lines = [...renderHeader(), ...SERVICES.flatMap(renderService)]
  while (lines.at(-1) === '') lines.pop()
  return `${lines.join('\n')}\n`
}
