import { describe, expect, it } from 'vitest'
import { findDuplicateKey } from '../../../src/shared/diagram/duplicateKeys'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'

const base = (node: string) =>
  `{"format":"pipewright/diagram","version":3,"name":"d","nodes":[{"id":"a","service":"s3","position":{"x":0,"y":0}},${node}],"edges":[]}`

describe('duplicate keys (issue 13, part 3)', () => {
  it('refuses a key that appears twice in one object, naming its path, where JSON.parse keeps the last', () => {
    const text = base(
      '{"id":"b","service":"kinesis-data-streams","position":{"x":1,"y":1},"config":{"shards":1,"shards":400}}'
    )
    expect(JSON.parse(text).nodes[1].config.shards).toBe(400)
    const r = loadDiagram(text)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toMatchObject({ code: 'duplicate-key', path: 'nodes[1].config.shards' })
    expect(r.error.message).toBe(
      'The key "shards" appears twice in one object at nodes[1].config; a JSON reader would keep only the last. Remove one of them.'
    )
  })

  it('compares keys as JSON reads them: an escaped spelling is the same key', () => {
    expect(findDuplicateKey('{"id":1,"\\u0069d":2}')).toEqual({ path: [], key: 'id' })
  })

  it('does not mistake equal keys in different objects, strings that look like keys, or arrays for duplicates', () => {
    expect(
      findDuplicateKey(
        '{"a":{"x":1},"b":{"x":2},"c":["x","x",{"x":"\\"x\\":"}],"d":"{\\"a\\":1,\\"a\\":2}"}'
      )
    ).toBeUndefined()
    expect(loadDiagram(base('{"id":"b","service":"s3","position":{"x":1,"y":1}}')).ok).toBe(true)
  })

  it('gives the array index on the way to a duplicate', () => {
    expect(findDuplicateKey('{"nodes":[{"id":"a"},{"id":"b","id":"c"}]}')).toEqual({
      path: ['nodes', 1],
      key: 'id'
    })
  })
})
