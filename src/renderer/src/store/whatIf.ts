import { create } from 'zustand'
import { clampMultiplier } from '../../../shared/estimation/whatIf'

/**
 * The what-if traffic multiplier. A view of the diagram, like the theme: not part of the diagram,
 * so not undoable and never saved in the file; every window starts at 1×.
 */
interface WhatIf {
  trafficMultiplier: number
  setTrafficMultiplier: (m: number) => void
}

export const useWhatIf = create<WhatIf>()((set) => ({
  trafficMultiplier: 1,
  setTrafficMultiplier(m) {
    set({ trafficMultiplier: clampMultiplier(m) })
  }
}))
