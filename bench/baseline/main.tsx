/**
 * The benchmark's baseline: plain React Flow with default nodes and edges, the diagram's
 * positions and edges, and the library parts the app also shows (background, minimap,
 * controls), so that app ÷ baseline measures what the app adds on top of the library.
 * `onlyRenderVisibleElements` stays off, as in the app. Open with `?diagram=<url of a diagram
 * file>&w=<px>&h=<px>` (the size of the app's canvas); `window.benchReady` turns true once the
 * diagram is on screen at the view the app opens it at.
 */
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesInitialized,
  useNodesState,
  useReactFlow,
  type Edge,
  type Node
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { StrictMode, useEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { legibleViewport } from '../../src/shared/diagram/legibleView'

interface DiagramFile {
  nodes: Array<{
    id: string
    service: string
    position: { x: number; y: number }
    label?: string
    parentId?: string
  }>
  edges: Array<{ id: string; source: string; target: string }>
  groups?: Array<{
    id: string
    label: string
    position: { x: number; y: number }
    size: { width: number; height: number }
  }>
}

declare global {
  interface Window {
    benchReady?: boolean
  }
}

function Flow({ initialNodes, initialEdges }: { initialNodes: Node[]; initialEdges: Edge[] }) {
  const [nodes, , onNodesChange] = useNodesState(initialNodes)
  const [edges, , onEdgesChange] = useEdgesState(initialEdges)
  const initialized = useNodesInitialized()
  const { setViewport, getNodesBounds } = useReactFlow()
  useEffect(() => {
    if (!initialized) return
    // The app opens a diagram at the same view: whole if legible, else at the legible zoom from its sources.
    const fed = new Set(initialEdges.map((e) => e.target))
    const sources = initialNodes.filter((n) => n.type !== 'group' && !fed.has(n.id))
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect()
    const view = legibleViewport(
      getNodesBounds(initialNodes),
      sources.length > 0 ? getNodesBounds(sources) : undefined,
      pane
    )
    void setViewport(view).then(() => {
      requestAnimationFrame(() => {
        window.benchReady = true
      })
    })
  }, [initialized, setViewport, getNodesBounds, initialNodes, initialEdges])
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      minZoom={0.1}
      maxZoom={2}
      defaultViewport={{ x: 0, y: 0, zoom: 1 }}
    >
      <Background gap={20} />
      <MiniMap />
      <Controls />
    </ReactFlow>
  )
}

async function main() {
  const params = new URLSearchParams(location.search)
  const url = params.get('diagram')
  if (!url) throw new Error('open this page with ?diagram=<url>')
  // The size of the app's canvas, so that the same view is picked and as many pixels are painted.
  const root = document.getElementById('root')!
  if (params.get('w')) root.style.width = `${Number(params.get('w'))}px`
  if (params.get('h')) root.style.height = `${Number(params.get('h'))}px`
  const diagram = (await (await fetch(url)).json()) as DiagramFile
  // Frames are React Flow group nodes, ahead of their children, whose positions are relative to them
  // (the diagram keeps absolute positions), as the app hands them to React Flow.
  const frames = new Map((diagram.groups ?? []).map((g) => [g.id, g]))
  const nodes: Node[] = [
    ...[...frames.values()].map((g) => ({
      id: g.id,
      type: 'group',
      position: g.position,
      style: { width: g.size.width, height: g.size.height },
      data: { label: g.label }
    })),
    ...diagram.nodes.map((n) => {
      const frame = n.parentId ? frames.get(n.parentId) : undefined
      const position = frame
        ? { x: n.position.x - frame.position.x, y: n.position.y - frame.position.y }
        : n.position
      return {
        id: n.id,
        position,
        data: { label: n.label ?? n.service },
        ...(frame ? { parentId: frame.id } : {})
      }
    })
  ]
  const edges: Edge[] = diagram.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }))
  createRoot(root).render(
    <StrictMode>
      <ReactFlowProvider>
        <Flow initialNodes={nodes} initialEdges={edges} />
      </ReactFlowProvider>
    </StrictMode>
  )
}

void main()
