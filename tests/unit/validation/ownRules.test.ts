import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DIAGRAM_RULES_DOC,
  OWN_RULE_CITATIONS,
  OWN_RULES,
  type OwnRule
} from '../../../src/shared/validation/ownRules'

const DOC = readFileSync(resolve(__dirname, '../../..', DIAGRAM_RULES_DOC), 'utf8')

describe('Pipewright’s own diagram rules', () => {
  it.each(Object.keys(OWN_RULES) as OwnRule[])(
    '%s has a section in docs/diagram-rules.md that its citation points to',
    (rule) => {
      expect(DOC).toContain(`<a id="${rule}"></a>\n\n## ${OWN_RULES[rule]} (\`${rule}\`,`)
      expect(OWN_RULE_CITATIONS[rule]).toContain(`${DIAGRAM_RULES_DOC}#${rule}`)
      expect(OWN_RULE_CITATIONS[rule]).toContain('not an AWS statement')
    }
  )
})
