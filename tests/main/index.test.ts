import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { embedDiagramInPng } from '../../src/shared/interchange/pngEmbed'
import { IPC_CHANNELS, IPC_EVENTS } from '../../src/shared/ipc/channels'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security/contentSecurityPolicy'
import { diagramText, tempFolder } from './harness'

const electron = await vi.hoisted(async () => {
  const { fakeElectron } = await import('./fakeElectron')
  return fakeElectron({ isPackaged: false })
})

vi.mock('electron', () => ({ ...electron, default: electron }))

const folder = tempFolder()
const launchFile = join(folder.dir, 'launched.pipewright.json')
const savedRendererUrl = process.env.ELECTRON_RENDERER_URL
const savedArgv = process.argv
const window = () => electron.BrowserWindow.windows[0]!
const sent = (channel: string) =>
  window()
    .webContents.send.mock.calls.filter(([c]) => c === channel)
    .map(([, payload]) => payload)

function currentFileMenu(): MenuItemConstructorOptions[] {
  const menu = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0]
  return menu.find((item) => item.label === 'File')!.submenu as MenuItemConstructorOptions[]
}

beforeAll(async () => {
  delete process.env.ELECTRON_RENDERER_URL
  electron.state.userData = join(folder.dir, 'userData')
  electron.state.documents = folder.dir
  writeFileSync(launchFile, diagramText('launched'))
  // `pipewright launched.pipewright.json`, packaged form: the executable, then the user's arguments.
  process.argv = ['/opt/Pipewright/pipewright', '--enable-logging', launchFile]
  await import('../../src/main/index')
  await vi.waitFor(() => {
    expect(electron.BrowserWindow.windows).toHaveLength(1)
  })
})
afterAll(() => {
  process.argv = savedArgv
  if (savedRendererUrl !== undefined) process.env.ELECTRON_RENDERER_URL = savedRendererUrl
  folder.remove()
})

describe('main process start-up (src/main/index.ts)', () => {
  const mainDir = resolve(__dirname, '../../src/main')

  it('sandboxes every renderer and hardens every web contents', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalled()
    expect(electron.appListeners.has('web-contents-created')).toBe(true)
  })

  it('opens one secure window with the built preload and page', () => {
    expect(window().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: join(mainDir, '../preload/index.js')
    })
    expect(window().loadURL).toHaveBeenCalledWith('app://pipewright/index.html')
    expect(window().loadFile).not.toHaveBeenCalled()
  })

  it('registers the app:// scheme before ready and serves the renderer folder from it with the CSP header', async () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }) as unknown
      })
    ])
    // Electron throws if privileges come after ready: they must precede the whenReady() call.
    const registered = electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!
    expect(registered).toBeLessThan(electron.app.whenReady.mock.invocationCallOrder[0]!)
    expect(electron.protocol.handle).toHaveBeenCalledTimes(1)
    const [scheme, handler] = electron.protocol.handle.mock.calls[0]! as [
      string,
      (request: Request) => Promise<Response>
    ]
    expect(scheme).toBe('app')
    // Under vitest, main's ../renderer is src/renderer, whose index.html is the page's source.
    const page = await handler(new Request('app://pipewright/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('<div id="root">')
    // src/main/index.ts is one folder up from src/renderer: out of reach.
    const traversal = { url: 'app://pipewright/%2e%2e/main/index.ts', method: 'GET' } as Request
    expect((await handler(traversal)).status).toBe(400)
  })

  it('registers a handler for every channel and trusts only the app:// page', async () => {
    expect([...electron.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort())
    const getInfo = electron.handlers.get(IPC_CHANNELS.getAppInfo)!
    const sender = { id: window().webContents.id }
    await expect(
      getInfo({ senderFrame: { url: 'app://pipewright/index.html' }, sender })
    ).resolves.toMatchObject({ name: 'Pipewright', version: '0.1.0' })
    await expect(getInfo({ senderFrame: { url: 'https://example.com/' }, sender })).rejects.toThrow(
      /did not come from Pipewright/
    )
    // The built page as a file: URL is what the app used to load; no file: page is trusted now.
    const file = `file://${join(mainDir, '../renderer/index.html')}`
    await expect(getInfo({ senderFrame: { url: file }, sender })).rejects.toThrow(
      /did not come from Pipewright/
    )
  })

  it('guards closing the window', () => {
    expect(window().listeners.has('close')).toBe(true)
    expect(electron.appListeners.has('before-quit')).toBe(true)
  })

  it('opens the file named on the command line once the page has loaded, and adds it to Open Recent', async () => {
    expect(sent(IPC_EVENTS.onOpenFile)).toEqual([])
    window().contentsListeners.get('did-finish-load')!()
    await vi.waitFor(() => {
      expect(sent(IPC_EVENTS.onOpenFile)).toHaveLength(1)
    })
    expect(sent(IPC_EVENTS.onOpenFile)[0]).toEqual({
      canceled: false,
      path: launchFile,
      name: 'launched.pipewright.json',
      text: diagramText('launched')
    })
    await vi.waitFor(() => {
      expect(currentFileMenu().find((i) => i.label === 'Open Recent')!.submenu).toContainEqual(
        expect.objectContaining({ label: launchFile })
      )
    })
  })

  it('hands a second launch’s file to the existing window and focuses it', async () => {
    const other = join(folder.dir, 'second.pipewright.json')
    writeFileSync(other, diagramText('second'))
    electron.appListeners.get('second-instance')!(
      {},
      ['/opt/Pipewright/pipewright', 'second.pipewright.json'],
      folder.dir
    )
    await vi.waitFor(() => {
      expect(sent(IPC_EVENTS.onOpenFile)).toHaveLength(2)
    })
    expect(sent(IPC_EVENTS.onOpenFile)[1]).toMatchObject({
      path: other,
      text: diagramText('second')
    })
    expect(window().focus).toHaveBeenCalled()
    expect(electron.BrowserWindow.windows).toHaveLength(1)
  })

  // Issue 13, part 4: only the window a file was handed to may save over it without a dialog.
  it('lets the window a file was sent to save it again without a dialog, and no other window', async () => {
    const save = electron.handlers.get(IPC_CHANNELS.saveDiagram)!
    const page = 'app://pipewright/index.html'
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    const request = {
      text: diagramText('launched, edited'),
      path: launchFile,
      suggestedName: 'launched'
    }

    await expect(
      save({ senderFrame: { url: page }, sender: { id: window().webContents.id + 100 } }, request)
    ).resolves.toEqual({ canceled: true })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    expect(readFileSync(launchFile, 'utf8')).toBe(diagramText('launched'))

    await expect(
      save({ senderFrame: { url: page }, sender: { id: window().webContents.id } }, request)
    ).resolves.toMatchObject({ path: launchFile })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    expect(readFileSync(launchFile, 'utf8')).toBe(diagramText('launched, edited'))
  })

  it('sends menu commands to the focused page', () => {
    const save = currentFileMenu().find((item) => item.label === 'Save')!
    ;(save.click as () => void)()
    expect(sent(IPC_EVENTS.onMenuCommand)).toEqual(['save'])
  })

  it('sets the application menu and quits when the last window closes (except on macOS)', () => {
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled()
    expect(electron.appListeners.has('window-all-closed')).toBe(true)
    electron.appListeners.get('window-all-closed')!()
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })

  it('opens the file macOS hands over (open-file, as a file association does), an exported .pipewright.png too', async () => {
    const png = join(folder.dir, 'exported.pipewright.png')
    writeFileSync(
      png,
      embedDiagramInPng(
        readFileSync(resolve(__dirname, '../../resources/icons/16x16.png')),
        diagramText('from the Finder')
      )
    )
    const before = sent(IPC_EVENTS.onOpenFile).length
    const event = { preventDefault: vi.fn() }
    electron.appListeners.get('open-file')!(event, png)
    // Unprevented, macOS would report that the app cannot open the file.
    expect(event.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => {
      expect(sent(IPC_EVENTS.onOpenFile)).toHaveLength(before + 1)
    })
    expect(sent(IPC_EVENTS.onOpenFile).at(-1)).toMatchObject({
      path: png,
      name: 'exported.pipewright.png',
      text: diagramText('from the Finder')
    })
    expect(electron.BrowserWindow.windows).toHaveLength(1)
  })
})
