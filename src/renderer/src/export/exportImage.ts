import { getNodesBounds, type Node } from '@xyflow/react'
import { toPng } from 'html-to-image'
import { EXPORT_PADDING } from '../../../shared/interchange/svgExport'
import { useRenderAll } from '../store/renderAll'

export interface ImageOptions {
  /** 1 for 1×, 2 for 2× (retina) pixels. */
  scale: number
  transparent: boolean
}

/** The whole diagram's size in an export, whatever part of it the viewport shows. */
function exportSize(nodes: Node[]): { x: number; y: number; width: number; height: number } {
  const b = getNodesBounds(nodes)
  return {
    x: b.x - EXPORT_PADDING,
    y: b.y - EXPORT_PADDING,
    width: Math.ceil(b.width + 2 * EXPORT_PADDING),
    height: Math.ceil(b.height + 2 * EXPORT_PADDING)
  }
}

function viewportElement(): HTMLElement {
  const el = document.querySelector<HTMLElement>('.react-flow__viewport')
  if (!el) throw new Error('The canvas is not ready.')
  return el
}

function renderOptions(nodes: Node[], options: ImageOptions) {
  const area = exportSize(nodes)
  const background =
    getComputedStyle(document.documentElement).getPropertyValue('--canvas-bg').trim() || '#ffffff'
  return {
    width: area.width,
    height: area.height,
    pixelRatio: options.scale,
    ...(options.transparent ? {} : { backgroundColor: background }),
    // Render the viewport as if it were scrolled to show every node at 100 %.
    style: {
      width: `${area.width}px`,
      height: `${area.height}px`,
      transform: `translate(${-area.x}px, ${-area.y}px) scale(1)`
    }
  }
}

const EVERY_ITEM_TIMEOUT_MS = 5000

/** Resolves after the next painted frame. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/**
 * A large diagram's canvas draws only what is in view, and a zoomed-out one cards without their
 * figures and edges without labels (Canvas.tsx); an image of the whole diagram is made from the
 * canvas's DOM, so every item is drawn in full for the time it takes.
 */
async function withEveryItemRendered<T>(count: number, render: () => Promise<T>): Promise<T> {
  useRenderAll.setState((s) => ({ requests: s.requests + 1 }))
  try {
    const started = performance.now()
    while (document.querySelectorAll('.react-flow__viewport .react-flow__node').length < count) {
      if (performance.now() - started > EVERY_ITEM_TIMEOUT_MS)
        throw new Error('The canvas did not draw every service in time. Try again.')
      await nextFrame()
    }
    // One more frame: the edges of the items just drawn.
    await nextFrame()
    return await render()
  } finally {
    useRenderAll.setState((s) => ({ requests: s.requests - 1 }))
  }
}

/** PNG bytes of the whole diagram (react-flow's download-image recipe). */
export async function diagramPng(nodes: Node[], options: ImageOptions): Promise<Uint8Array> {
  const dataUrl = await withEveryItemRendered(nodes.length, () =>
    toPng(viewportElement(), renderOptions(nodes, options))
  )
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1)
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
