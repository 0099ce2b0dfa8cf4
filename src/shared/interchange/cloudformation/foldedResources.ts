import type { ImportContext } from './importContext'
import { resolverFor } from './references'
import { registerStreamConsumer } from './streamHandlers'
import { text, type TemplateResource } from './templateModel'

/**
 * Resources folded into another resource's node, resolved once every node exists and before any
 * edge is drawn, so an edge that names them lands on the node they belong to.
 */
function foldInto(
  ctx: ImportContext,
  resource: TemplateResource,
  value: unknown,
  service: Parameters<ImportContext['external']>[0],
  what: string,
  why: string
): void {
  const target = resolverFor(ctx, resource).resolve(value, [service], what)
  const entry = ctx.entry(resource)
  entry.outcome = 'setting'
  if (!target) return
  ctx.nodeOf.set(resource.id, target.nodeId)
  entry.nodeIds.add(target.nodeId)
  ctx.note(resource, why)
}

function namespaceWorkgroup(ctx: ImportContext, namespace: TemplateResource): string | undefined {
  const name = text(namespace.properties.NamespaceName)
  for (const r of ctx.model.resources) {
    if (r.type !== 'AWS::RedshiftServerless::Workgroup') continue
    const ns = r.properties.NamespaceName
    const refs =
      typeof ns === 'object' && ns !== null && (ns as { Ref?: unknown }).Ref === namespace.id
    if (refs || (name !== undefined && ns === name)) return ctx.nodeOf.get(r.id)
  }
  return undefined
}

export function prepareFolded(ctx: ImportContext): void {
  for (const r of ctx.model.resources) {
    const p = r.properties
    switch (r.type) {
      case 'AWS::Kinesis::StreamConsumer':
        registerStreamConsumer(ctx, r, resolverFor(ctx, r))
        break
      case 'AWS::Glue::Table':
      case 'AWS::Glue::Partition':
        foldInto(
          ctx,
          r,
          p.DatabaseName,
          'glue-data-catalog',
          'DatabaseName',
          'A table of the Data Catalog database.'
        )
        break
      case 'AWS::Timestream::Table':
        foldInto(
          ctx,
          r,
          p.DatabaseName,
          'timestream',
          'DatabaseName',
          'A table of the Timestream database.'
        )
        break
      case 'AWS::RedshiftServerless::Namespace': {
        const wg = namespaceWorkgroup(ctx, r)
        const entry = ctx.entry(r)
        if (wg) {
          ctx.nodeOf.set(r.id, wg)
          entry.outcome = 'setting'
          entry.nodeIds.add(wg)
          ctx.note(
            r,
            'The namespace (databases, storage) of the Serverless workgroup it is drawn with.'
          )
        } else {
          const id = ctx.addNode(r.id, 'redshift', r.id, r)
          ctx.nodeOf.set(r.id, id)
          ctx.setSetting(id, 'deployment', 'serverless', r)
          entry.outcome = 'node'
        }
        break
      }
    }
  }
}
