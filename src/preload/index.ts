import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron'
import {
  type BridgeEvent,
  type BridgeMethod,
  IPC_CHANNELS,
  IPC_EVENTS
} from '../shared/ipc/channels'

// One forwarding function per channel and one subscription per event, nothing else: the page never
// gets ipcRenderer, so it can reach only the handlers main registered, and main checks every request.
const invokers = (Object.keys(IPC_CHANNELS) as BridgeMethod[]).map((method) => [
  method,
  (payload?: unknown) => ipcRenderer.invoke(IPC_CHANNELS[method], payload)
])

const subscriptions = (Object.keys(IPC_EVENTS) as BridgeEvent[]).map((name) => [
  name,
  (listener: (payload: unknown) => void) => {
    if (typeof listener !== 'function') throw new TypeError(`${name} needs a listener function`)
    // Only the payload crosses over: the IpcRendererEvent would hand the page the sender itself.
    const forward = (_event: IpcRendererEvent, payload: unknown) => {
      listener(payload)
    }
    ipcRenderer.on(IPC_EVENTS[name], forward)
    return () => {
      ipcRenderer.removeListener(IPC_EVENTS[name], forward)
    }
  }
])

contextBridge.exposeInMainWorld('pipewright', Object.fromEntries([...invokers, ...subscriptions]))
