import type { PipewrightBridge } from '../../../shared/ipc/contract'

/**
 * The renderer reaches the disk only through the preload bridge. In a plain browser (npm run
 * web, and the end-to-end tests) there is no bridge: a file picker and a download stand in.
 */
export function desktopBridge(): PipewrightBridge | undefined {
  return window.pipewright
}

export type OpenResult =
  | { canceled: true }
  | { canceled: false; text: string; name: string; path?: string }
  | { canceled: false; error: string }
export type SaveResult = { canceled: true } | { canceled: false; name: string; path?: string } | { canceled: false; error: string }

function pickFileInBrowser(): Promise<OpenResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.json,application/json'
    input.style.display = 'none'
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve({ canceled: true })
      file.text().then(
        (text) => resolve({ canceled: false, text, name: file.name }),
        () => resolve({ canceled: true }),
      )
    })
    input.addEventListener('cancel', () => {
      input.remove()
      resolve({ canceled: true })
    })
    document.body.appendChild(input)
    input.click()
  })
}

function downloadInBrowser(text: string, fileName: string): SaveResult {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
  return { canceled: false, name: fileName }
}

export function fileNameFor(diagramName: string): string {
  const base = diagramName.trim().replace(/[\\/:*?"<>|]+/g, '-') || 'pipeline'
  return `${base}.pipewright.json`
}

export async function openDiagramFile(): Promise<OpenResult> {
  const bridge = desktopBridge()
  if (!bridge) return pickFileInBrowser()
  return bridge.openDiagram()
}

export async function saveDiagramFile(text: string, diagramName: string, path: string | undefined): Promise<SaveResult> {
  const bridge = desktopBridge()
  if (!bridge) return downloadInBrowser(text, fileNameFor(diagramName))
  const request = path ? { text, path, suggestedName: fileNameFor(diagramName) } : { text, suggestedName: fileNameFor(diagramName) }
  return bridge.saveDiagram(request)
}
