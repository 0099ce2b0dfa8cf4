import { useStore } from '@xyflow/react'
import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react'

/**
 * The layer edge labels portal into. React Flow's EdgeLabelRenderer looks it up with
 * querySelector on every store update, once per edge (1,500 look-ups per drag frame), and a
 * store selector per edge would still run 1,500 times per update; the layer changes only with
 * React Flow's root element, so one component inside the flow finds it and the edges read it
 * from context.
 */
const LabelLayerContext = createContext<HTMLElement | null>(null)
const SetLabelLayerContext = createContext<(layer: HTMLElement | null) => void>(() => undefined)

export function useLabelLayer(): HTMLElement | null {
  return useContext(LabelLayerContext)
}

/** Wraps the ReactFlow element; render <FindLabelLayer /> among its children. */
export function LabelLayerProvider({ children }: { children: ReactNode }) {
  const [layer, setLayer] = useState<HTMLElement | null>(null)
  return (
    <SetLabelLayerContext.Provider value={setLayer}>
      <LabelLayerContext.Provider value={layer}>{children}</LabelLayerContext.Provider>
    </SetLabelLayerContext.Provider>
  )
}

export function FindLabelLayer() {
  const root = useStore((s) => s.domNode)
  const setLayer = useContext(SetLabelLayerContext)
  useLayoutEffect(() => {
    setLayer(root?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null)
  }, [root, setLayer])
  return null
}
