import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { IPC_CHANNELS } from '../../src/shared/ipc/channels'

/** Checks on what electron-vite emitted, i.e. what Electron will actually load. */

const OUT = resolve(__dirname, '../../out')

function readBuilt(relative: string): string {
  const path = resolve(OUT, relative)
  if (!existsSync(path)) throw new Error(`out/${relative} is missing: run npm run build first`)
  return readFileSync(path, 'utf8')
}

/** Runs the built preload against a fake electron module and returns what it exposed. */
function runPreload(text: string) {
  const exposed: Array<{ key: string; api: Record<string, unknown> }> = []
  const invoked: Array<{ channel: string; args: unknown[] }> = []
  const required: string[] = []
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api }) },
    ipcRenderer: { invoke: (channel: string, ...args: unknown[]) => (invoked.push({ channel, args }), Promise.resolve()) },
  }
  const require = (name: string) => {
    required.push(name)
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require "${name}"`)
    return electron
  }
  const module = { exports: {} }
  runInNewContext(text, { require, module, exports: module.exports })
  return { exposed, invoked, required }
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
      expect(existsSync(resolve(OUT, 'main', reference)), `out/main/${reference} does not exist`).toBe(true)
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

  it('preload exposes exactly one function per IPC channel, each invoking its own channel', async () => {
    const { exposed, invoked } = runPreload(readBuilt('preload/index.js'))
    expect(exposed.map((e) => e.key)).toEqual(['pipewright'])
    const api = exposed[0]!.api
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CHANNELS).sort())
    for (const [method, channel] of Object.entries(IPC_CHANNELS)) {
      expect(typeof api[method]).toBe('function')
      await (api[method] as (payload?: unknown) => Promise<unknown>)({ probe: method })
      expect(invoked.at(-1)).toEqual({ channel, args: [{ probe: method }] })
    }
  })

  it('renderer page has a Content-Security-Policy that allows only its own scripts', () => {
    const html = readBuilt('renderer/index.html')
    const meta = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1/is.exec(html)
    expect(meta, 'no Content-Security-Policy meta tag in out/renderer/index.html').not.toBeNull()
    const policy = meta![2]!
    const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(policy)?.[1]?.trim()
    expect(scriptSrc).toBe("'self'")
    expect(policy).not.toContain('unsafe-eval')
  })
})
