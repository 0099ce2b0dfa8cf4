import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runInNewContext, runInThisContext } from 'node:vm'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { SERVICE_IDS } from '../../src/shared/catalog/services'
import { IPC_CHANNELS, IPC_EVENTS } from '../../src/shared/ipc/channels'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security/contentSecurityPolicy'

/** Checks on what electron-vite emitted, i.e. what Electron will actually load. */

const OUT = resolve(__dirname, '../../out')

function readBuilt(relative: string): string {
  const path = resolve(OUT, relative)
  if (!existsSync(path)) throw new Error(`out/${relative} is missing: run npm run build first`)
  return readFileSync(path, 'utf8')
}

type Listener = (...args: unknown[]) => unknown

/** Runs the built preload against a fake electron module and returns what it exposed. */
function runPreload(text: string) {
  const exposed: Array<{ key: string; api: Record<string, unknown> }> = []
  const invoked: Array<{ channel: string; args: unknown[] }> = []
  const listeners = new Map<string, Set<Listener>>()
  const required: string[] = []
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api })
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => (
        invoked.push({ channel, args }),
        Promise.resolve()
      ),
      on: (channel: string, listener: Listener) =>
        void listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
      removeListener: (channel: string, listener: Listener) =>
        void listeners.get(channel)?.delete(listener)
    }
  }
  const require = (name: string) => {
    required.push(name)
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require "${name}"`)
    return electron
  }
  const module = { exports: {} }
  runInNewContext(text, { require, module, exports: module.exports })
  /** What main's webContents.send(channel, payload) does: every listener gets an event and the payload. */
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? [])
      listener({ sender: 'the IpcRenderer itself', senderFrame: {} }, payload)
  }
  return { exposed, invoked, listeners, required, emit }
}

/**
 * Runs the built main as Electron would (CommonJS, its own __dirname), with a fake electron module
 * and every other require real, up to the window it opens.
 */
async function runMain(text: string) {
  type Listener = (...args: unknown[]) => unknown
  const calls: string[] = []
  const windows: Array<{ loadURL: ReturnType<typeof vi.fn>; loadFile: ReturnType<typeof vi.fn> }> =
    []
  const userData = mkdtempSync(join(tmpdir(), 'pipewright-built-main-'))
  onTestFinished(() => {
    rmSync(userData, { recursive: true, force: true })
  })
  class BrowserWindow {
    static getAllWindows = () => windows
    static getFocusedWindow = () => null
    loadURL = vi.fn(async () => {})
    loadFile = vi.fn(async () => {})
    webContents = { on() {}, send() {} }
    constructor() {
      windows.push(this)
    }
    on() {}
    once() {}
  }
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => void calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn(() => void calls.push('protocol.handle'))
  }
  const electron = {
    app: {
      isPackaged: true,
      enableSandbox() {},
      requestSingleInstanceLock: () => true,
      on(_event: string, _listener: Listener) {},
      whenReady: () => (calls.push('whenReady'), Promise.resolve()),
      quit() {},
      getVersion: () => '0.0.0',
      getPath: () => userData
    },
    BrowserWindow,
    ipcMain: { handle() {} },
    dialog: {},
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu() {} },
    protocol
  }
  const filename = resolve(OUT, 'main/index.js')
  const realRequire = createRequire(filename)
  const require = (name: string): unknown => (name === 'electron' ? electron : realRequire(name))
  const fakeProcess = {
    ...process,
    argv: ['/opt/Pipewright/pipewright'],
    env: {},
    defaultApp: undefined
  }
  const module = { exports: {} }
  // The same wrapper Node puts around a CommonJS module.
  const wrapper = runInThisContext(
    `(function (exports, require, module, __filename, __dirname, process) {${text}\n})`,
    { filename }
  ) as (...args: unknown[]) => void
  wrapper(module.exports, require, module, filename, resolve(OUT, 'main'), fakeProcess)
  await vi.waitFor(() => {
    expect(windows).toHaveLength(1)
  })
  return { calls, protocol, window: windows[0]! }
}

function metaPolicy(html: string): string | undefined {
  return /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1/is.exec(
    html
  )?.[2]
}

describe('built output (out/)', () => {
  it('has been built', () => {
    expect(existsSync(OUT), 'out/ is missing: run npm run build first').toBe(true)
  })

  it('main points at a preload file that exists', () => {
    const main = readBuilt('main/index.js')
    const references = [...main.matchAll(/["'`](\.\.\/preload\/[^"'`]+)["'`]/g)].map((m) => m[1]!)
    expect(references, 'out/main/index.js names no ../preload/ file').not.toHaveLength(0)
    for (const reference of references) {
      expect(
        existsSync(resolve(OUT, 'main', reference)),
        `out/main/${reference} does not exist`
      ).toBe(true)
    }
  })

  it('preload is CommonJS and requires nothing but electron', () => {
    const preload = readBuilt('preload/index.js')
    expect(preload).toMatch(/\brequire\(\s*["']electron["']\s*\)/)
    expect(preload).not.toMatch(/^\s*(import|export)\b[\s{*]/m)
    const requires = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
    expect(new Set(requires)).toEqual(new Set(['electron']))
    expect(runPreload(preload).required).toEqual(['electron'])
  })

  it('preload exposes exactly one function per IPC channel and one subscription per event', () => {
    const { exposed } = runPreload(readBuilt('preload/index.js'))
    expect(exposed.map((e) => e.key)).toEqual(['pipewright'])
    const api = exposed[0]!.api
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(IPC_CHANNELS), ...Object.keys(IPC_EVENTS)].sort()
    )
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true)
  })

  it('each invoke function goes to its own channel with the payload only', async () => {
    const { exposed, invoked } = runPreload(readBuilt('preload/index.js'))
    const api = exposed[0]!.api
    for (const [method, channel] of Object.entries(IPC_CHANNELS)) {
      await (api[method] as (payload?: unknown) => Promise<unknown>)({ probe: method })
      expect(invoked.at(-1)).toEqual({ channel, args: [{ probe: method }] })
    }
  })

  it('each subscription listens on its own event channel, passes only the payload, and unsubscribes', () => {
    const { exposed, invoked, listeners, emit } = runPreload(readBuilt('preload/index.js'))
    const api = exposed[0]!.api
    for (const [name, channel] of Object.entries(IPC_EVENTS)) {
      const received: unknown[][] = []
      const unsubscribe = (api[name] as (listener: Listener) => () => void)(
        (...args) => void received.push(args)
      )
      expect(typeof unsubscribe).toBe('function')
      expect(listeners.get(channel)?.size).toBe(1)
      emit(channel, { probe: name })
      // Never the IpcRendererEvent: it would hand the page ipcRenderer (event.sender).
      expect(received).toEqual([[{ probe: name }]])
      for (const other of Object.values(IPC_EVENTS).filter((c) => c !== channel))
        emit(other, 'not mine')
      expect(received).toHaveLength(1)
      unsubscribe()
      expect(listeners.get(channel)?.size).toBe(0)
      emit(channel, 'after unsubscribe')
      expect(received).toHaveLength(1)
    }
    expect(invoked).toEqual([])
    expect(() => (api.onMenuCommand as (listener: unknown) => unknown)('not a function')).toThrow(
      /needs a listener function/
    )
  })

  it('the renderer bundles the catalog’s icons, not the icon package', () => {
    // Icons under vite's inline limit become data URIs in the scripts and styles; larger ones files.
    const assets = readdirSync(resolve(OUT, 'renderer/assets'))
    const text = assets
      .filter((f) => /\.(js|css)$/.test(f))
      .map((f) => readBuilt(`renderer/assets/${f}`))
      .join('\n')
    const images =
      (text.match(/data:image\/svg\+xml/g) ?? []).length +
      assets.filter((f) => f.endsWith('.svg')).length
    expect(images).toBeGreaterThanOrEqual(SERVICE_IDS.length)
    // One per service, and room for the odd interface image; the aws-icons package holds hundreds.
    expect(images).toBeLessThanOrEqual(SERVICE_IDS.length + 3)
  })

  it('main registers app:// before ready, serves out/renderer from it with the CSP header, and opens the page there', async () => {
    const { calls, protocol, window } = await runMain(readBuilt('main/index.js'))
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0)
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('whenReady'))
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true
        }) as unknown
      }
    ])
    expect(window.loadURL).toHaveBeenCalledWith('app://pipewright/index.html')
    expect(window.loadFile).not.toHaveBeenCalled()

    const [scheme, handler] = protocol.handle.mock.calls[0] as unknown as [
      string,
      (r: Request) => Promise<Response>
    ]
    expect(scheme).toBe('app')
    const page = await handler(new Request('app://pipewright/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toBe(readBuilt('renderer/index.html'))
    // Every script the page loads is there, typed as JavaScript (module scripts insist), with the policy.
    const scripts = [
      ...readBuilt('renderer/index.html').matchAll(/<script[^>]+src="([^"]+)"/g)
    ].map((m) => m[1]!)
    expect(scripts.length).toBeGreaterThan(0)
    for (const src of scripts) {
      const response = await handler(new Request(new URL(src, 'app://pipewright/index.html').href))
      expect(response.status, src).toBe(200)
      expect(response.headers.get('content-type'), src).toMatch(/^text\/javascript/)
      expect(response.headers.get('content-security-policy'), src).toBe(CONTENT_SECURITY_POLICY)
    }
    expect(
      (await handler({ url: 'app://pipewright/../main/index.js', method: 'GET' } as Request)).status
    ).toBe(400)
  })

  it('renderer page’s CSP meta tag is exactly the policy main sends as a header, with no inline style', () => {
    const policy = metaPolicy(readBuilt('renderer/index.html'))
    expect(policy).toBe(CONTENT_SECURITY_POLICY)
    expect(policy).not.toContain('unsafe-inline')
    expect(readBuilt('renderer/index.html')).not.toMatch(/<style|\sstyle=/i)
  })

  it('renderer page has a Content-Security-Policy that allows only its own scripts', () => {
    const html = readBuilt('renderer/index.html')
    const meta =
      /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1/is.exec(html)
    expect(meta, 'no Content-Security-Policy meta tag in out/renderer/index.html').not.toBeNull()
    const policy = meta![2]!
    const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(policy)?.[1]?.trim()
    expect(scriptSrc).toBe("'self'")
    expect(policy).not.toContain('unsafe-eval')
  })

  it('emits the layout worker as a file of its own, with ELK in it and not in the page’s scripts', () => {
    const assets = readdirSync(resolve(OUT, 'renderer/assets'))
    const workers = assets.filter((f) => /^layout\.worker-.*\.js$/.test(f))
    expect(workers, 'out/renderer/assets has no layout.worker-*.js').toHaveLength(1)
    expect(readBuilt(`renderer/assets/${workers[0]}`)).toContain('org.eclipse.elk')
    const page = assets.filter((f) => f.endsWith('.js') && !workers.includes(f))
    for (const f of page) {
      const text = readBuilt(`renderer/assets/${f}`)
      expect(text, `${f} bundles ELK itself`).not.toContain('org.eclipse.elk')
      if (text.includes('new Worker(')) expect(text).toContain(workers[0])
    }
  })

  it('the Content-Security-Policy lets the page start workers from its own files only', () => {
    const html = readBuilt('renderer/index.html')
    const policy =
      /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1/is.exec(html)![2]!
    expect(/(?:^|;)\s*worker-src\s+([^;]*)/.exec(policy)?.[1]?.trim()).toBe("'self'")
  })
})
