import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadDiagram } from '../../../../src/shared/diagram/loadDiagram'
import { exportTemplate } from '../../../../src/shared/interchange/cloudformation/exportTemplate'
import { randomDiagram } from './randomDiagrams'
import { checkTemplate, parseTemplateYaml } from './resourceSpec'

describe('exported templates of random documented diagrams', () => {
  it('conform to the CloudFormation resource specification', () => {
    fc.assert(
      fc.property(randomDiagram, (d) => {
        const loaded = loadDiagram(JSON.stringify(d))
        if (!loaded.ok) throw new Error(loaded.error.message)
        const result = exportTemplate(loaded.diagram)
        const parsed = parseTemplateYaml(result.text)
        expect(parsed).toEqual(result.template)
        expect(checkTemplate(parsed)).toEqual([])
        const every = [
          ...result.report.resources.map((r) => r.nodeId),
          ...result.report.skipped.map((s) => s.nodeId),
          ...result.report.external.map((x) => x.nodeId)
        ]
        expect(every.sort()).toEqual(d.nodes.map((n) => n.id).sort())
        expect(result.report.edges.map((e) => e.edgeId).sort()).toEqual(
          d.edges.map((e) => e.id).sort()
        )
      }),
      { numRuns: 400 }
    )
  }, 120_000)
})
