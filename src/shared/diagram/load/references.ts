import type { z } from 'zod'
import { isServiceId } from '../../catalog/services'
import type { diagramSchema } from '../schema'
import type { LoadError } from './loadError'
import { shorten } from './messages'
import { closestServiceId } from './suggestions'

function duplicateIdError(id: string, path: string, earlier: string): LoadError {
  return {
    code: 'duplicate-id',
    message: `Duplicate id "${id}" at ${path}.id (already used by ${earlier}). Every node, group, note and edge needs its own id.`,
    path: `${path}.id`
  }
}

/**
 * Names every JavaScript object already answers to (`__proto__`, `constructor`, `toString`,
 * `hasOwnProperty`, …). As ids they broke layers that key plain objects by id (positions lost on
 * the canvas, a refused save after a drag, an export that would not reopen), so they are refused
 * here, where the file enters, with the place named.
 */
const RESERVED_IDS: ReadonlySet<string> = new Set([
  '__proto__',
  ...Object.getOwnPropertyNames(Object.prototype)
])

function reservedIdError(id: string, path: string): LoadError | undefined {
  if (!RESERVED_IDS.has(id)) return undefined
  return {
    code: 'reserved-id',
    message: `The id "${id}" at ${path}.id is a name every JavaScript object already has, which Pipewright cannot use as an id. Rename it: any other text works.`,
    path: `${path}.id`
  }
}

/** Checks that need the whole document: ids, references and the service catalog. */
export function checkReferences(doc: z.infer<typeof diagramSchema>): LoadError | undefined {
  const seen = new Map<string, string>()
  for (const [i, node] of doc.nodes.entries()) {
    const path = `nodes[${i}]`
    if (!isServiceId(node.service)) {
      const guess = closestServiceId(node.service)
      return {
        code: 'unknown-service',
        message: `Unknown service id "${node.service}" at ${path}.service.${guess ? ` Did you mean "${guess}"?` : ''} See the README for the list of service ids.`,
        path: `${path}.service`
      }
    }
    const reserved = reservedIdError(node.id, path)
    if (reserved) return reserved
    const earlier = seen.get(node.id)
    if (earlier) {
      return duplicateIdError(node.id, path, earlier)
    }
    seen.set(node.id, path)
  }
  for (const [kind, list] of [
    ['groups', doc.groups ?? []],
    ['notes', doc.notes ?? []]
  ] as const) {
    for (const [i, item] of list.entries()) {
      const path = `${kind}[${i}]`
      const reserved = reservedIdError(item.id, path)
      if (reserved) return reserved
      const earlier = seen.get(item.id)
      if (earlier) {
        return duplicateIdError(item.id, path, earlier)
      }
      seen.set(item.id, path)
    }
  }
  const parentError = checkParents(doc)
  if (parentError) return parentError
  const nodeIds = new Set(doc.nodes.map((n) => n.id))
  for (const [i, edge] of doc.edges.entries()) {
    const path = `edges[${i}]`
    const reserved = reservedIdError(edge.id, path)
    if (reserved) return reserved
    const earlier = seen.get(edge.id)
    if (earlier) {
      return duplicateIdError(edge.id, path, earlier)
    }
    seen.set(edge.id, path)
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) {
        return {
          code: 'dangling-edge',
          message: `Edge "${edge.id}" at ${path}.${end} points to a node "${edge[end]}" that does not exist. Remove the edge or add the node.`,
          path: `${path}.${end}`
        }
      }
    }
  }
  return undefined
}

/** Every parentId names a group, and groups do not contain themselves. */
function checkParents(doc: z.infer<typeof diagramSchema>): LoadError | undefined {
  const groups = new Map((doc.groups ?? []).map((g) => [g.id, g]))
  const lists = [
    ['nodes', doc.nodes],
    ['groups', doc.groups ?? []],
    ['notes', doc.notes ?? []]
  ] as const
  for (const [kind, list] of lists) {
    for (const [i, item] of (
      list as ReadonlyArray<{ id: string; parentId?: string | undefined }>
    ).entries()) {
      if (item.parentId !== undefined && !groups.has(item.parentId)) {
        return {
          code: 'dangling-parent',
          message: `"${item.id}" at ${kind}[${i}].parentId is in a group "${shorten(item.parentId, 40)}" that does not exist. Remove parentId or add the group.`,
          path: `${kind}[${i}].parentId`
        }
      }
    }
  }
  for (const [i, group] of (doc.groups ?? []).entries()) {
    const chain = new Set<string>([group.id])
    let parent = group.parentId
    while (parent !== undefined) {
      if (chain.has(parent)) {
        return {
          code: 'group-cycle',
          message: `Group "${group.id}" at groups[${i}] ends up inside itself through its parentId. Break the loop.`,
          path: `groups[${i}].parentId`
        }
      }
      chain.add(parent)
      parent = groups.get(parent)?.parentId
    }
  }
  return undefined
}
