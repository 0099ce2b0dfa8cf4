import { create } from 'zustand'
import type { ServiceId } from '../../../shared/catalog/services'
import type { Diagram, DiagramEdge, DiagramNode } from '../../../shared/diagram/types'
import { emptyDiagram } from '../../../shared/diagram/types'
import { applyFix as applyFixToDiagram } from '../../../shared/validation/applyFix'
import type { PriceId } from '../../../shared/estimation/pricing/types'
import type { Fix } from '../../../shared/validation/problems'

export type Notice = { kind: 'error' | 'info'; text: string } | null

export interface Selection {
  nodeIds: ReadonlySet<string>
  edgeIds: ReadonlySet<string>
}

export interface EditorState {
  /** The diagram as it is saved. Positions here change once per drag, not per frame. */
  diagram: Diagram
  /** Live positions of nodes being dragged; merged over `diagram` for display only. */
  dragPositions: Readonly<Record<string, { x: number; y: number }>>
  /** Sizes React Flow measured; it needs them back on every node it is given. */
  measured: Readonly<Record<string, { width: number; height: number }>>
  selection: Selection
  filePath: string | undefined
  dirty: boolean
  notice: Notice
  /** Bumped when a whole diagram is loaded, so the canvas fits it once nodes are measured. */
  fitRequest: number

  addNode(service: ServiceId, position: { x: number; y: number }): string
  connect(source: string, target: string): string | undefined
  dragNodes(positions: Record<string, { x: number; y: number }>): void
  commitDrag(positions: Record<string, { x: number; y: number }>): void
  setMeasured(sizes: Record<string, { width: number; height: number }>): void
  removeElements(nodeIds: readonly string[], edgeIds: readonly string[]): void
  select(nodeIds: readonly string[], edgeIds: readonly string[]): void
  setSelected(kind: 'node' | 'edge', id: string, selected: boolean): void
  applyFix(fix: Fix): void
  updateNode(id: string, patch: Partial<Pick<DiagramNode, 'label'>>): void
  updateEdgeConfig(id: string, config: DiagramEdge['config']): void
  /** Sets one setting of a node; `undefined` removes it so its default applies. */
  setNodeSetting(id: string, key: string, value: number | string | boolean | undefined): void
  /** A negotiated or what-if unit price; `undefined` goes back to the list price. */
  setPriceOverride(id: PriceId, usd: number | undefined): void
  setName(name: string): void
  replaceDiagram(diagram: Diagram, filePath?: string): void
  markSaved(filePath: string | undefined, name?: string): void
  setNotice(notice: Notice): void
}

const EMPTY_SELECTION: Selection = { nodeIds: new Set(), edgeIds: new Set() }

export function newId(): string {
  return crypto.randomUUID()
}

export const useEditor = create<EditorState>()((set, get) => ({
  diagram: emptyDiagram(),
  dragPositions: {},
  measured: {},
  selection: EMPTY_SELECTION,
  filePath: undefined,
  dirty: false,
  notice: null,
  fitRequest: 0,

  addNode(service, position) {
    const node: DiagramNode = { id: newId(), service, position: { x: Math.round(position.x), y: Math.round(position.y) } }
    set((s) => ({
      diagram: { ...s.diagram, nodes: [...s.diagram.nodes, node] },
      selection: { nodeIds: new Set([node.id]), edgeIds: new Set() },
      dirty: true,
    }))
    return node.id
  },

  connect(source, target) {
    const { diagram } = get()
    if (source === target) return undefined
    if (diagram.edges.some((e) => e.source === source && e.target === target)) return undefined
    const edge: DiagramEdge = { id: newId(), source, target }
    set((s) => ({ diagram: { ...s.diagram, edges: [...s.diagram.edges, edge] }, dirty: true }))
    return edge.id
  },

  dragNodes(positions) {
    set((s) => ({ dragPositions: { ...s.dragPositions, ...positions } }))
  },

  commitDrag(positions) {
    set((s) => {
      const rest = { ...s.dragPositions }
      for (const id of Object.keys(positions)) delete rest[id]
      const nodes = s.diagram.nodes.map((n) => {
        const p = positions[n.id]
        return p ? { ...n, position: { x: Math.round(p.x), y: Math.round(p.y) } } : n
      })
      return { diagram: { ...s.diagram, nodes }, dragPositions: rest, dirty: true }
    })
  },

  setMeasured(sizes) {
    set((s) => ({ measured: { ...s.measured, ...sizes } }))
  },

  removeElements(nodeIds, edgeIds) {
    if (nodeIds.length === 0 && edgeIds.length === 0) return
    const goneNodes = new Set(nodeIds)
    const goneEdges = new Set(edgeIds)
    set((s) => ({
      diagram: {
        ...s.diagram,
        nodes: s.diagram.nodes.filter((n) => !goneNodes.has(n.id)),
        edges: s.diagram.edges.filter((e) => !goneEdges.has(e.id) && !goneNodes.has(e.source) && !goneNodes.has(e.target)),
      },
      selection: EMPTY_SELECTION,
      dirty: true,
    }))
  },

  select(nodeIds, edgeIds) {
    set({ selection: { nodeIds: new Set(nodeIds), edgeIds: new Set(edgeIds) } })
  },

  setSelected(kind, id, selected) {
    set((s) => {
      // React Flow may report a selection for an element the store has just removed (a fix).
      const list: ReadonlyArray<{ id: string }> = kind === 'node' ? s.diagram.nodes : s.diagram.edges
      if (selected && !list.some((x) => x.id === id)) return {}
      const key = kind === 'node' ? 'nodeIds' : 'edgeIds'
      const current = s.selection[key]
      if (current.has(id) === selected) return {}
      const next = new Set(current)
      if (selected) next.add(id)
      else next.delete(id)
      return { selection: { ...s.selection, [key]: next } }
    })
  },

  applyFix(fix) {
    const result = applyFixToDiagram(get().diagram, fix, newId)
    if (!result) {
      set({ notice: { kind: 'error', text: 'That fix no longer applies: the diagram changed.' } })
      return
    }
    set({
      diagram: result.diagram,
      selection: { nodeIds: new Set(result.addedNodeIds), edgeIds: new Set() },
      dirty: true,
      notice: { kind: 'info', text: fix.description },
    })
  },

  updateNode(id, patch) {
    set((s) => ({
      diagram: {
        ...s.diagram,
        nodes: s.diagram.nodes.map((n) => {
          if (n.id !== id) return n
          const next = { ...n, ...patch }
          if (!next.label) delete next.label
          return next
        }),
      },
      dirty: true,
    }))
  },

  updateEdgeConfig(id, config) {
    set((s) => ({
      diagram: {
        ...s.diagram,
        edges: s.diagram.edges.map((e) => {
          if (e.id !== id) return e
          const next = { ...e }
          if (config && Object.keys(config).length > 0) next.config = config
          else delete next.config
          return next
        }),
      },
      dirty: true,
    }))
  },

  setNodeSetting(id, key, value) {
    set((s) => ({
      diagram: {
        ...s.diagram,
        nodes: s.diagram.nodes.map((n) => {
          if (n.id !== id) return n
          const config = { ...n.config }
          if (value === undefined) delete config[key]
          else config[key] = value
          const { config: _old, ...rest } = n
          return Object.keys(config).length === 0 ? rest : { ...rest, config }
        }),
      },
      dirty: true,
    }))
  },

  setPriceOverride(id, usd) {
    set((s) => {
      const overrides = { ...s.diagram.pricing?.overrides }
      if (usd === undefined) delete overrides[id]
      else overrides[id] = usd
      const diagram = { ...s.diagram }
      if (Object.keys(overrides).length > 0) diagram.pricing = { region: 'us-east-1', overrides }
      else delete diagram.pricing
      return { diagram, dirty: true }
    })
  },

  setName(name) {
    set((s) => ({ diagram: { ...s.diagram, name }, dirty: true }))
  },

  replaceDiagram(diagram, filePath) {
    set((s) => ({
      diagram,
      filePath,
      dragPositions: {},
      measured: {},
      selection: EMPTY_SELECTION,
      dirty: false,
      fitRequest: s.fitRequest + 1,
    }))
  },

  markSaved(filePath, name) {
    set((s) => ({ filePath, dirty: false, diagram: name ? { ...s.diagram, name } : s.diagram }))
  },

  setNotice(notice) {
    set({ notice })
  },
}))
