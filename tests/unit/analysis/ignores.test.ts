import { describe, expect, it } from 'vitest'
import { analyzeDiagram } from '../../../src/shared/analysis/analyzeDiagram'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import { serializeDiagram } from '../../../src/shared/diagram/saveDiagram'
import type { Diagram } from '../../../src/shared/diagram/types'
import { diagram, edge, fileText, node } from '../helpers'

/** An S3 bucket on its own (orphan-node) and an edge AWS does not integrate. */
function withProblems(ignore?: Diagram['ignore']): Diagram {
  const d = diagram(
    [node('lonely', 's3'), node('fn', 'lambda'), node('q', 'quicksight')],
    [edge('fn', 'q', { id: 'e1' })]
  )
  return ignore === undefined ? d : { ...d, ignore }
}

const codesOf = (problems: readonly { code: string }[]) => problems.map((p) => p.code)

describe('ignore entries', () => {
  it('hide the problem they name, keep its reason, and leave the counts without it', () => {
    const plain = analyzeDiagram(withProblems())
    expect(codesOf(plain.problems)).toContain('orphan-node')
    const orphans = plain.problems.filter((p) => p.code === 'orphan-node' && p.nodeId === 'lonely')
    expect(orphans).toHaveLength(1)

    const reason = 'The bucket is filled by another account.'
    const a = analyzeDiagram(withProblems([{ code: 'orphan-node', nodeId: 'lonely', reason }]))
    expect(a.problems.some((p) => p.code === 'orphan-node' && p.nodeId === 'lonely')).toBe(false)
    expect(a.ignored).toEqual([{ problem: orphans[0], reason, by: 'file', entry: 0 }])
    expect(a.counts[orphans[0]!.severity]).toBe(plain.counts[orphans[0]!.severity] - 1)
    expect(a.nodeProblems.get('lonely')?.some((p) => p.code === 'orphan-node') ?? false).toBe(false)
  })

  it('without a node or an edge cover every problem of the code', () => {
    const plain = analyzeDiagram(withProblems())
    const errors = plain.problems.filter((p) => p.edgeId === 'e1')
    expect(errors.length).toBeGreaterThan(0)
    const code = errors[0]!.code
    const a = analyzeDiagram(withProblems([{ code, reason: 'accepted for the prototype' }]))
    expect(a.problems.some((p) => p.code === code)).toBe(false)
    expect(a.ignored.length).toBe(plain.problems.filter((p) => p.code === code).length)
  })

  it('that match nothing are reported, so a fixed problem that returns is not hidden', () => {
    const a = analyzeDiagram(
      withProblems([{ code: 'orphan-node', nodeId: 'fn', reason: 'fn was once alone' }])
    )
    const unused = a.problems.filter((p) => p.code === 'unused-ignore')
    expect(unused).toHaveLength(1)
    expect(unused[0]).toMatchObject({ severity: 'warning', path: 'ignore[0]' })
    expect(unused[0]!.message).toContain('orphan-node on node fn')
  })

  it('an entry for another node does not hide this node’s problem', () => {
    const a = analyzeDiagram(
      withProblems([{ code: 'orphan-node', nodeId: 'someone-else', reason: 'x' }])
    )
    expect(a.problems.some((p) => p.code === 'orphan-node' && p.nodeId === 'lonely')).toBe(true)
  })

  it('are saved in a fixed key order after the edges, and load back the same', () => {
    const d = withProblems([
      { code: 'orphan-node', nodeId: 'lonely', reason: 'filled elsewhere' },
      { code: 'not-integrated', edgeId: 'e1', reason: 'a custom bridge' }
    ])
    const text = serializeDiagram(d)
    expect(text.indexOf('"ignore"')).toBeGreaterThan(text.indexOf('"edges"'))
    expect(text).toContain(
      '{\n      "code": "orphan-node",\n      "nodeId": "lonely",\n      "reason": "filled elsewhere"\n    }'
    )
    const loaded = loadDiagram(text)
    expect(loaded.ok && loaded.diagram.ignore).toEqual(d.ignore)
    expect(serializeDiagram(d)).toBe(text)
  })

  it('are refused without a reason, or with a code that is not one', () => {
    for (const [entry, words] of [
      [{ code: 'orphan-node', reason: '   ' }, 'must say why'],
      [{ code: 'orphan-node' }, 'reason'],
      [{ code: 'Orphan Node', reason: 'x' }, 'problem code'],
      [{ code: 'orphan-node', reason: 'x', extra: 1 }, 'extra']
    ] as const) {
      const loaded = loadDiagram(fileText({ ignore: [entry] }))
      expect(loaded.ok).toBe(false)
      if (!loaded.ok) expect(loaded.error.message).toContain(words)
    }
  })
})
