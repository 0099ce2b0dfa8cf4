import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol } from 'electron'
import type { MenuCommand } from '../shared/ipc/channels'
import { fileArgument, userArguments } from './argv'
import { createDocumentWindow } from './documentWindow'
import { createDocumentFiles, type DocumentFiles } from './files/documentFiles'
import { nodeFileOps } from './files/fileOps'
import { loadRecentFiles, type RecentFiles } from './files/recentFiles'
import { createDraftStore } from './files/drafts'
import { registerIpcHandlers } from './ipc'
import { buildMenuTemplate } from './menu'
import { createOpenQueue, type OpenTask } from './openQueue'
import { sendToPage } from './pageEvents'
import { APP_PAGE_URL, registerAppScheme, serveRenderer } from './rendererProtocol'
import { applySecurityPolicy, isTrustedSender } from './security'
import { createMainWindow } from './window'
import { createWindowPaths, handOver } from './windowPaths'

// Both paths are relative to the built out/main/index.js.
const preloadPath = join(__dirname, '../preload/index.js')
const rendererFolder = join(__dirname, '../renderer')
// A packaged app ignores the variable, so nobody can point it at remote content.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const rendererUrl = devServerUrl ?? APP_PAGE_URL

let mainWindow: BrowserWindow | null = null
// Set once start-up has finished (recent files loaded, handlers registered, first window opened);
// until then nothing else may open a window, or macOS's first 'activate' would make a second one.
let documents: DocumentFiles | undefined
const documentWindow = createDocumentWindow({ app })
const windowPaths = createWindowPaths()
const openQueue = createOpenQueue((result) => {
  // The file goes to this window, so this window (and no other) may save it again without a dialog.
  if (mainWindow && documents)
    handOver(windowPaths, (path) => documents!.isKnown(path), mainWindow.webContents.id, result)
  void sendToPage(mainWindow, 'onOpenFile', result)
})

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function fileFromArgv(argv: readonly string[], cwd: string): string | undefined {
  // Electron types defaultApp as boolean, but it is undefined unless started by the default app.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- see above
  return fileArgument(userArguments(argv, !!process.defaultApp), { cwd, isFile })
}

function openMainWindow(): BrowserWindow {
  const window = createMainWindow({
    BrowserWindow,
    preloadPath,
    devServerUrl,
    isPackaged: app.isPackaged
  })
  mainWindow = window
  const windowId = window.webContents.id
  documentWindow.attach(window)
  window.webContents.on('did-finish-load', () => {
    openQueue.pageLoaded()
  })
  window.webContents.on('render-process-gone', () => {
    openQueue.pageGone()
  })
  window.on('closed', () => {
    windowPaths.forget(windowId)
    if (mainWindow === window) mainWindow = null
    openQueue.pageGone()
  })
  return window
}

function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore()
  window.focus()
}

/** Brings the window forward (opening one if macOS left the app without) and queues the file. */
function openInWindow(task: OpenTask): void {
  const window = mainWindow ?? (documents ? openMainWindow() : null)
  if (window) focusWindow(window)
  openQueue.request(task)
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow
  // macOS keeps the app running without a window: bring one back rather than do nothing.
  if (target) sendToPage(target, 'onMenuCommand', command)
  else openMainWindow()
}

function start(): void {
  app.enableSandbox()
  applySecurityPolicy(app)
  // Electron accepts scheme privileges only before ready.
  registerAppScheme(protocol)

  // Tasks run only once the page has loaded, by which time the file service exists.
  const openPath =
    (path: string): OpenTask =>
    () =>
      documents!.open(path)

  const launchFile = fileFromArgv(process.argv, process.cwd())
  if (launchFile) openQueue.request(openPath(launchFile))
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = fileFromArgv(argv, workingDirectory)
    if (path) openInWindow(openPath(path))
    else if (mainWindow) focusWindow(mainWindow)
  })
  // macOS: a file dropped on the Dock icon or opened from the Finder; may come before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openInWindow(openPath(path))
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (documents && BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })

  void app.whenReady().then(async () => {
    // Electron's fs reads inside app.asar too, so the packaged renderer is served the same way.
    if (!devServerUrl)
      serveRenderer(protocol, { root: rendererFolder, readFile: (path) => readFile(path) })
    const userData = app.getPath('userData')
    // The menu is built before the list has loaded (setMenu is the list's onChange), hence let.
    // eslint-disable-next-line prefer-const -- assigned once, after setMenu that reads it is made
    let recent: RecentFiles | undefined
    const setMenu = () => {
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            isPackaged: app.isPackaged,
            platform: process.platform,
            recentFiles: recent?.list() ?? [],
            actions: {
              command: sendMenuCommand,
              openRecent: (path) => {
                openInWindow(() => documents!.openRecent(path))
              },
              clearRecent: () => void recent?.clear()
            }
          })
        )
      )
    }
    recent = await loadRecentFiles({
      files: nodeFileOps,
      folder: userData,
      onChange: setMenu,
      onWriteError: (message) => {
        console.warn(message)
      }
    })
    const files = createDocumentFiles({
      files: nodeFileOps,
      recent,
      defaultFolder: app.getPath('documents')
    })
    setMenu()
    registerIpcHandlers({
      ipcMain,
      dialog,
      getWindow: () => mainWindow,
      isTrustedSender: (frameUrl) => isTrustedSender(frameUrl, rendererUrl),
      appInfo: { name: 'Pipewright', version: app.getVersion(), platform: process.platform },
      documents: files,
      drafts: createDraftStore({ files: nodeFileOps, userData }),
      windowPaths,
      documentWindow
    })
    documents = files
    openMainWindow()
  })
}

// A second launch hands over to the first window instead of opening a rival editor on the same files.
if (app.requestSingleInstanceLock()) start()
else app.quit()
