import { create } from 'zustand'

/**
 * While above zero, the canvas draws every item, in view or not: an image export copies the
 * canvas's DOM, so it needs every card in it (see Canvas.tsx, which otherwise culls large diagrams).
 */
export const useRenderAll = create<{ requests: number }>()(() => ({ requests: 0 }))
