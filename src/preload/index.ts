/// <reference path="./index.d.ts" />
// The reference keeps window.pipewright typed in tsconfigs whose globs would otherwise skip
// index.d.ts because index.ts shares its name.
import { contextBridge, ipcRenderer } from 'electron'
import { type BridgeMethod, IPC_CHANNELS } from '../shared/ipc/channels'

// One forwarding function per channel and nothing else: the page never gets ipcRenderer, so it can
// reach only the handlers main registered, and main checks every request.
const bridge = Object.fromEntries(
  (Object.keys(IPC_CHANNELS) as BridgeMethod[]).map((method) => [
    method,
    (payload?: unknown) => ipcRenderer.invoke(IPC_CHANNELS[method], payload),
  ]),
)

contextBridge.exposeInMainWorld('pipewright', bridge)
