import type { Citation } from '../../catalog/citations'
import type { ServiceId } from '../../catalog/services'
import type { ConfigValue } from '../../diagram/schema'
import { pairOptions } from '../../mechanisms/derive'
import { SERVICE_CONFIG } from '../../estimation/serviceConfig'
import type { ImportOutcome, SuggestedConnection } from '../import/importReport'
import type { TemplateModel, TemplateResource } from './templateModel'

/**
 * What the importer builds while it reads a template: nodes, edges and one report entry per
 * resource. Handlers add to it; nothing here knows a resource type.
 */
export interface NodeDraft {
  id: string
  service: ServiceId
  label: string
  config: Record<string, ConfigValue>
  external?: { reference: string }
}

export interface EdgeDraft {
  id: string
  source: string
  target: string
  mechanism?: string
  enhancedFanOut?: boolean
}

export interface EntryDraft {
  sourceId: string
  sourceType: string
  outcome: ImportOutcome | undefined
  details: string[]
  nodeIds: Set<string>
  edgeIds: Set<string>
  citation?: Citation
}

const MAX_ID = 100
/** A role shared by every function of a large stack can suggest thousands of pairs; the report lists this many. */
const MAX_SUGGESTIONS = 2000

/** A diagram id from any text: the allowed characters, at most 100 of them, kept unique by a hash. */
function safeId(raw: string): string {
  const cleaned = raw.replace(/[^A-Za-z0-9_.:-]+/g, '-').replace(/^-+|-+$/g, '') || 'node'
  if (cleaned.length <= MAX_ID) return cleaned
  let hash = 0
  for (const ch of raw) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0
  return `${cleaned.slice(0, MAX_ID - 9)}-${(hash >>> 0).toString(36).padStart(8, '0').slice(0, 8)}`
}

export class ImportContext {
  readonly nodes = new Map<string, NodeDraft>()
  readonly edges = new Map<string, EdgeDraft>()
  readonly entries = new Map<string, EntryDraft>()
  readonly suggestions: SuggestedConnection[] = []
  readonly remarks: string[] = []
  /** Logical id → the node that stands for it (its own, or the one it is folded into). */
  readonly nodeOf = new Map<string, string>()
  /** A DynamoDB table's stream node, by the table's logical id. */
  readonly streamOf = new Map<string, string>()
  /** Kinesis stream consumers (enhanced fan-out), by logical id → the stream's node. */
  readonly fanOutConsumers = new Map<string, string>()
  readonly resources = new Map<string, TemplateResource>()
  private readonly externals = new Map<string, string>()
  private readonly edgeIds = new Set<string>()
  private readonly suggested = new Set<string>()
  /** Suggestions past the cap, counted for the report's remark. */
  suggestionsLeftOut = 0

  constructor(readonly model: TemplateModel) {
    for (const r of model.resources) this.resources.set(r.id, r)
  }

  entry(resource: TemplateResource): EntryDraft {
    let e = this.entries.get(resource.id)
    if (!e) {
      e = {
        sourceId: resource.id,
        sourceType: resource.type,
        outcome: undefined,
        details: [],
        nodeIds: new Set(),
        edgeIds: new Set()
      }
      this.entries.set(resource.id, e)
    }
    return e
  }

  note(resource: TemplateResource, detail: string): void {
    this.entry(resource).details.push(detail)
  }

  addNode(
    id: string,
    service: ServiceId,
    label: string,
    owner?: TemplateResource,
    external?: string
  ): string {
    const nodeId = this.uniqueNodeId(safeId(id))
    const node: NodeDraft = { id: nodeId, service, label: label.slice(0, 200), config: {} }
    if (external) node.external = { reference: external.slice(0, 200) }
    this.nodes.set(nodeId, node)
    if (owner) this.entry(owner).nodeIds.add(nodeId)
    return nodeId
  }

  private uniqueNodeId(base: string): string {
    if (!this.nodes.has(base)) return base
    for (let i = 2; ; i++) {
      const id = safeId(`${base}-${String(i)}`)
      if (!this.nodes.has(id)) return id
    }
  }

  /**
   * One node for a resource outside the template, however many times it is named: keyed by its
   * service and label. `id` is preferred (a parameter's name) when no resource uses it.
   */
  external(
    service: ServiceId,
    label: string,
    reference: string,
    owner: TemplateResource,
    id?: string
  ): string {
    const key = `${service}|${label}`
    let nodeId = this.externals.get(key)
    if (!nodeId) {
      const wanted =
        id && (id === owner.id || !this.resources.has(id)) && !this.nodes.has(id)
          ? id
          : `ext:${service}:${label}`
      nodeId = this.addNode(wanted, service, label, undefined, reference)
      this.externals.set(key, nodeId)
    }
    this.entry(owner).nodeIds.add(nodeId)
    return nodeId
  }

  /**
   * An edge between two nodes, once per pair (a second mapping of the same stream to the same
   * function is the same arrow). `mechanism` is kept only when it does connect the pair.
   */
  addEdge(
    source: string,
    target: string,
    owner: TemplateResource,
    options: { mechanism?: string; enhancedFanOut?: boolean } = {}
  ): string | undefined {
    // A resource wired to itself (a rule that re-triggers its own bus) is no arrow on a canvas.
    if (source === target) return undefined
    const key = `${source}\u0000${target}`
    let edge = this.edges.get(key)
    if (!edge) {
      let id = safeId(`${source}__${target}`)
      for (let i = 2; this.edgeIds.has(id); i++) id = safeId(`${source}__${target}-${String(i)}`)
      this.edgeIds.add(id)
      edge = { id, source, target }
      this.edges.set(key, edge)
    }
    const s = this.nodes.get(source)
    const t = this.nodes.get(target)
    if (
      options.mechanism &&
      s &&
      t &&
      pairOptions(s.service, t.service).some((o) => o.mechanism.id === options.mechanism)
    )
      edge.mechanism = options.mechanism
    if (options.enhancedFanOut) edge.enhancedFanOut = true
    this.entry(owner).edgeIds.add(edge.id)
    return edge.id
  }

  hasEdgeBetween(a: string, b: string): boolean {
    return this.edges.has(`${a}\u0000${b}`) || this.edges.has(`${b}\u0000${a}`)
  }

  /**
   * A node setting, written only when the service's settings schema has the key and takes the
   * value; otherwise the owner's entry says what was left out and why.
   */
  setSetting(nodeId: string, key: string, value: unknown, owner: TemplateResource): void {
    const node = this.nodes.get(nodeId)
    if (!node || value === undefined) return
    const shape = SERVICE_CONFIG[node.service].shape as Record<
      string,
      { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }
    >
    const field = shape[key]
    if (!field) return
    if (typeof value === 'object' && value !== null) {
      this.note(
        owner,
        `${key} is computed by the template (${Object.keys(value).join(', ')}); not written.`
      )
      return
    }
    const parsed = field.safeParse(value)
    if (!parsed.success) {
      const why = parsed.error?.issues[0]?.message ?? 'not accepted'
      this.note(owner, `${key} ${JSON.stringify(value)} not written: ${why}.`)
      return
    }
    node.config[key] = value as ConfigValue
  }

  suggest(source: string, target: string, evidence: string): void {
    if (source === target || this.hasEdgeBetween(source, target)) return
    const key = `${source}\u0000${target}`
    if (this.suggested.has(key)) return
    this.suggested.add(key)
    if (this.suggestions.length < MAX_SUGGESTIONS)
      this.suggestions.push({ source, target, evidence })
    else this.suggestionsLeftOut++
  }

  /** The node that stands for a resource, if it has one (by now). */
  node(id: string): NodeDraft | undefined {
    const nodeId = this.nodeOf.get(id)
    return nodeId ? this.nodes.get(nodeId) : undefined
  }
}
