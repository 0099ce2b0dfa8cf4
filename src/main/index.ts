import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron'
import { atomicWriteText } from './files/atomicWrite'
import { registerIpcHandlers } from './ipc'
import { buildMenuTemplate } from './menu'
import { applySecurityPolicy, isTrustedSender } from './security'
import { createMainWindow } from './window'

// Both paths are relative to the built out/main/index.js.
const preloadPath = join(__dirname, '../preload/index.js')
const rendererFile = join(__dirname, '../renderer/index.html')
// A packaged app ignores the variable, so nobody can point it at remote content.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const rendererUrl = devServerUrl ?? pathToFileURL(rendererFile).href

let mainWindow: BrowserWindow | null = null

function openMainWindow(): void {
  mainWindow = createMainWindow({ BrowserWindow, preloadPath, rendererFile, devServerUrl })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function start(): void {
  app.enableSandbox()
  applySecurityPolicy(app)

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })

  void app.whenReady().then(() => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform })))
    registerIpcHandlers({
      ipcMain,
      dialog,
      getWindow: () => mainWindow,
      files: { stat, readText: (path) => readFile(path, 'utf8'), writeTextAtomic: (path, text) => atomicWriteText(path, text) },
      isTrustedSender: (frameUrl) => isTrustedSender(frameUrl, rendererUrl),
      appInfo: { name: 'Pipewright', version: app.getVersion(), platform: process.platform },
      defaultFolder: app.getPath('documents'),
    })
    openMainWindow()
  })
}

// A second launch hands over to the first window instead of opening a rival editor on the same files.
if (app.requestSingleInstanceLock()) start()
else app.quit()
