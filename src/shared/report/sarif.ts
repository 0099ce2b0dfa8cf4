import { formatCitation } from '../catalog/citations'
import type { IgnoredProblem } from '../analysis/ignores'
import { OWN_RULE_CITATIONS } from '../validation/ownRules'
import type { Problem, Severity } from '../validation/problems'
import { artifactLocation } from './artifactUri'
import type { CheckRun, CheckedFile } from './checkRun'
import {
  PROBLEM_CODES,
  PROBLEM_CODES_DOC,
  problemCodeAnchor,
  problemCodeInfo
} from './problemCodes'
import type {
  SarifLevel,
  SarifLocation,
  SarifLog,
  SarifResult,
  SarifRule,
  SarifSuppression
} from './sarifTypes'

export interface SarifTool {
  version: string
  informationUri?: string
  /**
   * Where docs/integrations.md is published, absolute (a repository's blob URL, a docs site):
   * rules get a `helpUri` only with it, since a relative one means nothing to a SARIF viewer.
   */
  docsUri?: string
}

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' }

function isAbsoluteUri(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i.test(uri)
}

/** `kds-under-provisioned` → `KdsUnderProvisioned`, SARIF's "friendly name" form. */
function ruleName(code: string): string {
  return code
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
}

function ruleFor(code: string, fallback: Severity, tool: SarifTool): SarifRule {
  const info = problemCodeInfo(code)
  const anchor = `${PROBLEM_CODES_DOC}#${problemCodeAnchor(code)}`
  const title = info?.title ?? code
  const description =
    info?.description ?? `Pipewright's ${code} check (not described in ${PROBLEM_CODES_DOC}).`
  const sources = info?.ownRule
    ? [OWN_RULE_CITATIONS[info.ownRule]]
    : (info?.sources ?? []).map(formatCitation)
  const sourceMarkdown = info?.ownRule
    ? [OWN_RULE_CITATIONS[info.ownRule]]
    : (info?.sources ?? []).map((c) =>
        c.kind === 'aws' ? `[${c.title}](${c.url})` : formatCitation(c)
      )
  const rule: SarifRule = {
    id: code,
    name: ruleName(code),
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: {
      text: [description, ...sources.map((s) => `Source: ${s}`), `See ${anchor}.`].join('\n\n'),
      markdown: [
        description,
        ...sourceMarkdown.map((s) => `Source: ${s}`),
        `See [${PROBLEM_CODES_DOC}](${anchor}).`
      ].join('\n\n')
    },
    defaultConfiguration: { level: LEVELS[info?.severity ?? fallback] },
    properties: { tags: ['pipewright', info?.family ?? 'unknown'] }
  }
  if (tool.docsUri && isAbsoluteUri(tool.docsUri))
    rule.helpUri = `${tool.docsUri.replace(/#.*$/, '')}#${problemCodeAnchor(code)}`
  return rule
}

function messageOf(problem: Problem): string {
  return problem.fix ? `${problem.message}\nFix: ${problem.fix.description}` : problem.message
}

function locationOf(file: CheckedFile, index: number, problem: Problem): SarifLocation {
  const position = file.locate(problem)
  // GitHub code scanning wants a line on every result: a diagram-wide problem is put on line 1.
  const region = position
    ? { startLine: position.line, startColumn: position.column }
    : { startLine: 1 }
  const location: SarifLocation = {
    physicalLocation: { artifactLocation: { ...artifactLocation(file.path), index }, region }
  }
  const logical = []
  if (problem.edgeId !== undefined)
    logical.push({
      name: problem.edgeId,
      kind: 'edge',
      fullyQualifiedName: `edges/${problem.edgeId}`
    })
  if (problem.nodeId !== undefined)
    logical.push({
      name: problem.nodeId,
      kind: 'node',
      fullyQualifiedName: `nodes/${problem.nodeId}`
    })
  if (logical.length > 0) location.logicalLocations = logical
  return location
}

function suppressionOf(ignored: IgnoredProblem): SarifSuppression {
  return {
    kind: ignored.by === 'file' ? 'inSource' : 'external',
    status: 'accepted',
    justification: ignored.reason
  }
}

/** The rules a run uses, in catalog order (codes not catalogued after, by name). */
function usedCodes(run: CheckRun): Map<string, Severity> {
  const used = new Map<string, Severity>()
  for (const file of run.files) {
    for (const p of file.problems) if (!used.has(p.code)) used.set(p.code, p.severity)
    for (const i of file.ignored)
      if (!used.has(i.problem.code)) used.set(i.problem.code, i.problem.severity)
  }
  const order = new Map(PROBLEM_CODES.map((c, i) => [c.code, i]))
  const codes = [...used.keys()].sort(
    (a, b) =>
      (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0)
  )
  return new Map(codes.map((c) => [c, used.get(c)!]))
}

/**
 * A run as one SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers. Rules are the
 * codes the run uses (a log for 200 files stays small; each rule's help links to its section of
 * docs/integrations.md). Ignored problems are results with a suppression, as SARIF carries them;
 * unreadable files are tool execution notifications, and make the execution unsuccessful.
 */
export function toSarif(run: CheckRun, tool: SarifTool): SarifLog {
  const codes = usedCodes(run)
  const ruleIndex = new Map([...codes.keys()].map((c, i) => [c, i]))
  const rules = [...codes].map(([code, severity]) => ruleFor(code, severity, tool))
  // One artifact per path, even if a path was named twice; results point at it by index.
  const artifactIndex = new Map<string, number>()
  for (const path of [...run.files.map((f) => f.path), ...run.unreadable.map((u) => u.path)])
    if (!artifactIndex.has(path)) artifactIndex.set(path, artifactIndex.size)
  const artifacts = [...artifactIndex.keys()].map((path) => ({ location: artifactLocation(path) }))
  const results: SarifResult[] = []
  for (const file of run.files) {
    const index = artifactIndex.get(file.path)!
    const result = (problem: Problem): SarifResult => {
      const out: SarifResult = {
        ruleId: problem.code,
        ruleIndex: ruleIndex.get(problem.code)!,
        level: LEVELS[problem.severity],
        message: { text: messageOf(problem) },
        locations: [locationOf(file, index, problem)]
      }
      // Stable across edits that move lines: what the problem is about, not where it is written.
      out.partialFingerprints = {
        'pipewrightProblem/v1': [
          problem.code,
          problem.edgeId ?? '',
          problem.nodeId ?? '',
          problem.path ?? ''
        ].join('|')
      }
      return out
    }
    for (const p of file.problems) results.push(result(p))
    for (const i of file.ignored)
      results.push({ ...result(i.problem), suppressions: [suppressionOf(i)] })
  }
  const notifications = run.unreadable.map((u) => ({
    level: 'error' as const,
    message: { text: u.error },
    descriptor: { id: 'unreadable-file' },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { ...artifactLocation(u.path), index: artifactIndex.get(u.path)! }
        }
      }
    ]
  }))
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Pipewright',
            version: tool.version,
            ...(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(tool.version)
              ? { semanticVersion: tool.version }
              : {}),
            ...(tool.informationUri && isAbsoluteUri(tool.informationUri)
              ? { informationUri: tool.informationUri }
              : {}),
            rules
          }
        },
        invocations: [
          {
            executionSuccessful: run.unreadable.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {})
          }
        ],
        artifacts,
        results,
        columnKind: 'utf16CodeUnits'
      }
    ]
  }
}
