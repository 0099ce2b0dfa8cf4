import type { ImportContext } from './importContext'
import type { Resolver } from './references'
import type { TemplateResource } from './templateModel'

/** Reads one resource's properties into edges and settings; its node, if any, exists already. */
export type Handler = (ctx: ImportContext, resource: TemplateResource, resolver: Resolver) => void

/** The resource's own node (made before any handler runs). */
export function ownNode(ctx: ImportContext, resource: TemplateResource): string | undefined {
  return ctx.nodeOf.get(resource.id)
}
