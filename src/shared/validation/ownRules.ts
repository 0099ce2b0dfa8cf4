/**
 * Rules that are Pipewright's own, about how a diagram is drawn rather than what AWS documents.
 * Their problems cite docs/diagram-rules.md and say it is Pipewright's rule, so that no message
 * passes a drawing convention off as AWS documentation.
 */
export const DIAGRAM_RULES_DOC = 'docs/diagram-rules.md'

/** Each rule's code (the section's anchor in the doc) and the section's title. */
export const OWN_RULES = {
  'self-loop': 'A node does not feed itself',
  'duplicate-edge': 'One edge per direction between two nodes',
  'orphan-node': 'Every node is part of the pipeline',
  'unknown-mechanism': 'An edge names a mechanism that connects its ends',
  'invalid-config': 'Every setting is within its range',
  'unknown-setting': 'Every setting is one the service has',
  'traffic-overflow': 'Traffic stays within what any service takes'
} as const

export type OwnRule = keyof typeof OWN_RULES

function citationOf(rule: OwnRule): string {
  return `Pipewright's own diagram rule "${OWN_RULES[rule]}", not an AWS statement (${DIAGRAM_RULES_DOC}#${rule})`
}

/** Formatted once: problems carry citations as text. */
export const OWN_RULE_CITATIONS: Readonly<Record<OwnRule, string>> = {
  'self-loop': citationOf('self-loop'),
  'duplicate-edge': citationOf('duplicate-edge'),
  'orphan-node': citationOf('orphan-node'),
  'unknown-mechanism': citationOf('unknown-mechanism'),
  'invalid-config': citationOf('invalid-config'),
  'unknown-setting': citationOf('unknown-setting'),
  'traffic-overflow': citationOf('traffic-overflow')
}
