import type { z } from 'zod'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type {
  diagramSchema,
  edgeSchema,
  groupSchema,
  noteSchema
} from '../../../src/shared/diagram/schema'
import type {
  DeepReadonly,
  Diagram,
  DiagramEdge,
  DiagramGroup,
  DiagramNote
} from '../../../src/shared/diagram/types'
import { diagram, edge, node } from '../helpers'

/** These checks run in the type checker (`tsc -p tsconfig.test.json`); the test only holds them. */
describe('diagram types', () => {
  it('refuse changes in place, at every depth', () => {
    const d: Diagram = diagram([node('a', 's3', { config: { tags: ['x'] } })], [edge('a', 'a')])
    const mutations = [
      // @ts-expect-error a node's fields are read-only
      () => (d.nodes[0]!.service = 'athena'),
      // @ts-expect-error the node list is read-only
      () => d.nodes.push(node('b', 'athena')),
      // @ts-expect-error a position is read-only
      () => (d.nodes[0]!.position.x = 1),
      // @ts-expect-error settings are read-only
      () => (d.edges[0]!.config = {}),
      // @ts-expect-error each setting is read-only
      () => (d.nodes[0]!.config!.tags = []),
      // @ts-expect-error a frame's size is read-only
      () => (d.groups![0]!.size.width = 1),
      // @ts-expect-error the name is read-only
      () => (d.name = 'renamed'),
      // @ts-expect-error price overrides are read-only
      () => (d.pricing!.overrides['s3.standardGBMonth'] = 1)
    ]
    expect(mutations).toHaveLength(8)
  })

  it('are the schema’s output, read-only', () => {
    expectTypeOf<DiagramEdge>().toEqualTypeOf<DeepReadonly<z.output<typeof edgeSchema>>>()
    expectTypeOf<DiagramGroup>().toEqualTypeOf<DeepReadonly<z.output<typeof groupSchema>>>()
    expectTypeOf<DiagramNote>().toEqualTypeOf<DeepReadonly<z.output<typeof noteSchema>>>()
    // Nodes narrow `service` to the catalog's ids, which loading checks after the schema.
    expectTypeOf<Diagram>().toExtend<DeepReadonly<z.output<typeof diagramSchema>>>()
  })
})
