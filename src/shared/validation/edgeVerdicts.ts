import { awsDoc, formatCitation } from '../catalog/citations'
import { asksForEnhancedFanOut, supportsEnhancedFanOut } from '../catalog/consumerCapabilities'
import { serviceName } from '../catalog/services'
import type { DiagramEdge, DiagramNode } from '../diagram/types'
import { checkServicePair, citationText } from './edgeCheck'
import type { PairCheck } from './pairCheck'
import { OWN_RULE_CITATIONS } from './ownRules'
import type { Problem } from './problems'

/** What the validator says about one edge: its pair's verdict and mechanism. */
export interface EdgeResult {
  id: string
  verdict: PairCheck['verdict']
  reason: string
  mechanism?: string
  /** The mechanism's id and what the edge carries, when it is documented. */
  mechanismId?: string
  carries?: PairCheck['carries']
  citation?: string
}

/** Enhanced fan-out is registered by KCL 2.x+, Lambda and Managed Flink consumers (AWS's page). */
export const EFO_CONSUMERS_PAGE = awsDoc(
  'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html',
  'Kinesis Data Streams: develop enhanced fan-out consumers with dedicated throughput'
)
const EFO_CITATION = formatCitation(EFO_CONSUMERS_PAGE)

/** Shared by every edge without problems; never handed out, only spread. */
const NO_PROBLEMS: readonly Problem[] = []

/** The mechanism the edge names, if it names one as a string. */
function mechanismOf(edge: DiagramEdge): string | undefined {
  const value = edge.config?.mechanism
  return typeof value === 'string' ? value : undefined
}

/** The pair check of an edge between these two nodes, with the mechanism it names. */
export function checkEdge(edge: DiagramEdge, source: DiagramNode, target: DiagramNode): PairCheck {
  return checkServicePair(source.service, target.service, mechanismOf(edge))
}

export function edgeProblems(
  edge: DiagramEdge,
  source: DiagramNode,
  target: DiagramNode,
  check: PairCheck
): readonly Problem[] {
  if (edge.source === edge.target) {
    return [
      {
        severity: 'error',
        code: 'self-loop',
        message: `${serviceName(source.service)} is connected to itself. Remove the edge, or add a second ${serviceName(source.service)} if data really flows between two of them.`,
        edgeId: edge.id,
        nodeId: source.id,
        citation: OWN_RULE_CITATIONS['self-loop']
      }
    ]
  }
  const efoMisused =
    asksForEnhancedFanOut(edge) &&
    (source.service !== 'kinesis-data-streams' || !supportsEnhancedFanOut(target.service))
  const named = mechanismOf(edge)
  // The check uses the named mechanism when it connects the pair, else the pair's default.
  const unknownMechanism = named !== undefined && check.mechanismId !== named
  if (check.verdict === 'ok' && !efoMisused && !unknownMechanism) return NO_PROBLEMS
  const problems: Problem[] = []
  if (unknownMechanism) {
    const choices = check.choices?.map((c) => `"${c.id}" (${c.label})`)
    problems.push({
      severity: 'warning',
      code: 'unknown-mechanism',
      message: `The edge names mechanism "${named.slice(0, 60)}", which does not connect ${serviceName(source.service)} to ${serviceName(target.service)}${
        check.mechanism ? `; it is checked as ${check.mechanism} instead` : ''
      }. ${choices ? `Choose one of ${choices.join(', ')} in the inspector.` : 'Remove the setting.'}`,
      edgeId: edge.id,
      citation: OWN_RULE_CITATIONS['unknown-mechanism']
    })
  }
  if (efoMisused) {
    problems.push({
      severity: 'warning',
      code: 'efo-unsupported',
      message:
        source.service === 'kinesis-data-streams'
          ? `${serviceName(target.service)} cannot register as an enhanced fan-out consumer; it reads with the shard's shared throughput. Turn the setting off, or read through Lambda, a KCL application or Managed Flink.`
          : `Enhanced fan-out is a Kinesis Data Streams setting; it has no effect on an edge from ${serviceName(source.service)}. Turn it off.`,
      edgeId: edge.id,
      citation: EFO_CITATION
    })
  }
  if (check.verdict === 'ok') return problems
  const problem: Problem = {
    severity: check.verdict,
    code: check.verdict === 'error' ? 'not-integrated' : 'integration-caveat',
    message: check.reason,
    edgeId: edge.id
  }
  const citation = citationOf(check)
  if (citation !== undefined) problem.citation = citation
  if (check.insert && check.insert.length > 0) {
    problem.fix = {
      kind: 'insert-services',
      edgeId: edge.id,
      services: check.insert,
      description: `Insert ${check.insert.map(serviceName).join(' → ')}`
    }
  }
  return [problem, ...problems]
}

/**
 * A pair's citation formatted once, not once per edge: pair checks are memoised, so this is
 * small. A cache local to this file, keyed on the memoised checks; nothing else reads it.
 */
const CITATIONS = new WeakMap<PairCheck, string | undefined>()

function citationOf(check: PairCheck): string | undefined {
  if (!check.citation && !check.citations?.length) return undefined
  let text = CITATIONS.get(check)
  if (text === undefined) {
    text = citationText(check)
    CITATIONS.set(check, text)
  }
  return text
}

export function edgeResult(edge: DiagramEdge, check: PairCheck, selfLoop: boolean): EdgeResult {
  if (selfLoop)
    return {
      id: edge.id,
      verdict: 'error',
      reason: 'A node cannot feed itself.',
      citation: OWN_RULE_CITATIONS['self-loop']
    }
  const result: EdgeResult = { id: edge.id, verdict: check.verdict, reason: check.reason }
  if (check.mechanism) result.mechanism = check.mechanism
  if (check.mechanismId) result.mechanismId = check.mechanismId
  if (check.carries) result.carries = check.carries
  const citation = citationOf(check)
  if (citation !== undefined) result.citation = citation
  return result
}

/** The warning on the second and later copies of an edge between the same two nodes. */
export function duplicateWarning(
  edge: DiagramEdge,
  source: DiagramNode,
  target: DiagramNode
): Problem {
  return {
    severity: 'warning',
    code: 'duplicate-edge',
    message: `${serviceName(source.service)} → ${serviceName(target.service)} is drawn more than once. Delete the extra edge.`,
    edgeId: edge.id,
    citation: OWN_RULE_CITATIONS['duplicate-edge']
  }
}
