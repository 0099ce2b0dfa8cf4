import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { APP_PAGE_URL } from './rendererProtocol'

export interface MainWindowDeps {
  BrowserWindow: typeof BrowserWindow
  /** Absolute path of the built preload (out/preload/index.js). */
  preloadPath: string
  /** electron-vite's dev server; the caller passes it only when the app is not packaged. */
  devServerUrl?: string | undefined
  /** An installed app has no developer tools at all, whatever key or menu item asks for them. */
  isPackaged: boolean
}

function mainWindowOptions(
  preloadPath: string,
  isPackaged: boolean
): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    title: 'Pipewright',
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A file dropped on the window would otherwise replace the app with that file.
      navigateOnDragDrop: false,
      devTools: !isPackaged
    }
  }
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const window = new deps.BrowserWindow(mainWindowOptions(deps.preloadPath, deps.isPackaged))
  window.once('ready-to-show', () => {
    window.show()
  })
  // The built page comes from app:// (rendererProtocol.ts), never from a file: URL.
  void window.loadURL(deps.devServerUrl ?? APP_PAGE_URL)
  return window
}
