import type { PipewrightBridge } from '../shared/ipc/contract'

declare global {
  interface Window {
    /** Present only in the desktop app; the browser build runs without it. */
    pipewright?: PipewrightBridge
  }
}

export {}
