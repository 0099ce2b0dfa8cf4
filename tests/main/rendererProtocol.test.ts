import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import {
  APP_PAGE_URL,
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createRendererHandler,
  registerAppScheme,
  rendererFileFor,
  serveRenderer
} from '../../src/main/rendererProtocol'
import {
  CONTENT_SECURITY_POLICY,
  parsePolicy
} from '../../src/shared/security/contentSecurityPolicy'
import { tempFolder } from './harness'

// <tmp>/secret.txt sits beside the renderer folder: every refused URL below would reach it (or
// /etc/passwd, or C:\Windows) if the handler let it out of <tmp>/renderer.
const folder = tempFolder()
const root = join(folder.dir, 'renderer')
mkdirSync(join(root, 'assets', 'nested'), { recursive: true })
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Pipewright</title>')
writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {}')
writeFileSync(join(root, 'assets', 'nested', 'style.css'), ':root{}')
writeFileSync(join(root, 'assets', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
writeFileSync(join(folder.dir, 'secret.txt'), 'not for the page')
afterAll(folder.remove)

function handlerWithSpy() {
  const read = vi.fn((path: string) => readFile(path))
  return { handle: createRendererHandler({ root, readFile: read }), read }
}

/** What Electron hands the handler, without the URL normalisation a Node Request would apply. */
function request(url: string, method = 'GET'): Request {
  return { url, method } as Request
}

const REFUSED = [
  // Dot segments, plain and percent-encoded in every case and mix.
  'app://pipewright/../secret.txt',
  'app://pipewright/assets/../../secret.txt',
  'app://pipewright/./index.html',
  'app://pipewright/%2e%2e/secret.txt',
  'app://pipewright/%2E%2E/secret.txt',
  'app://pipewright/.%2e/secret.txt',
  'app://pipewright/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  'app://pipewright/assets/..%2f..%2fsecret.txt',
  // Back slashes, raw and encoded (Windows separators), and encoded forward slashes.
  'app://pipewright/assets\\..\\..\\secret.txt',
  'app://pipewright/..%5csecret.txt',
  'app://pipewright/%2fetc%2fpasswd',
  // Absolute paths and drive letters.
  'app://pipewright//etc/passwd',
  'app://pipewright/C:/Windows/win.ini',
  'app://pipewright/C%3A%5CWindows%5Cwin.ini',
  // NUL, malformed escapes, empty segments, a folder.
  'app://pipewright/index.html%00.png',
  'app://pipewright/%zz',
  'app://pipewright/assets//index-abc.js',
  'app://pipewright/assets/',
  // Other hosts, credentials, ports, schemes.
  'app://evil/index.html',
  'app://pipewright.evil/index.html',
  'app://user@pipewright/index.html',
  'app://pipewright:8080/index.html',
  'file:///etc/passwd',
  'https://pipewright/index.html',
  'not a url'
]

describe('rendererFileFor', () => {
  it('maps the app’s URLs to files under the renderer folder, / to index.html, ignoring query and hash', () => {
    expect(rendererFileFor(APP_PAGE_URL, root)).toBe(join(root, 'index.html'))
    expect(rendererFileFor('app://pipewright/', root)).toBe(join(root, 'index.html'))
    expect(rendererFileFor('app://pipewright', root)).toBe(join(root, 'index.html'))
    expect(rendererFileFor('app://pipewright/index.html?x=1#/diagram', root)).toBe(
      join(root, 'index.html')
    )
    expect(rendererFileFor('app://pipewright/assets/nested/style.css', root)).toBe(
      join(root, 'assets', 'nested', 'style.css')
    )
    // An encoded character that is not a separator or a dot is decoded.
    expect(rendererFileFor('app://pipewright/assets/my%20icon.svg', root)).toBe(
      join(root, 'assets', 'my icon.svg')
    )
  })

  it.each(REFUSED)('refuses %s', (url) => {
    expect(rendererFileFor(url, root)).toBeUndefined()
  })
})

describe('the app:// handler', () => {
  it('serves the page as HTML with the Content-Security-Policy in a response header', async () => {
    const { handle } = handlerWithSpy()
    const response = await handle(request(APP_PAGE_URL))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe('<!doctype html><title>Pipewright</title>')
  })

  it('serves scripts, styles and images with their types, and the policy on each (a worker takes its own)', async () => {
    const { handle } = handlerWithSpy()
    for (const [path, type] of [
      ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['assets/nested/style.css', 'text/css; charset=utf-8'],
      ['assets/icon.svg', 'image/svg+xml']
    ] as const) {
      const response = await handle(request(`app://pipewright/${path}`))
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type'), path).toBe(type)
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('answers 404 for a missing file or a folder', async () => {
    const { handle } = handlerWithSpy()
    const missing = await handle(request('app://pipewright/assets/missing.js'))
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect((await handle(request('app://pipewright/assets'))).status).toBe(404)
  })

  it.each(REFUSED)('answers 400 to %s without reading any file', async (url) => {
    const { handle, read } = handlerWithSpy()
    const response = await handle(request(url))
    expect(response.status).toBe(400)
    expect(await response.text()).not.toContain('not for the page')
    expect(read).not.toHaveBeenCalled()
  })

  it('never reads outside the renderer folder, whatever URL it is given', async () => {
    const { handle, read } = handlerWithSpy()
    for (const url of [...REFUSED, APP_PAGE_URL, 'app://pipewright/assets/missing.js'])
      await handle(request(url))
    for (const [path] of read.mock.calls) {
      const inside = relative(root, path)
      expect(inside.startsWith(`..${sep}`) || inside === '..', path).toBe(false)
    }
  })

  it('answers only GET and HEAD; HEAD has the headers and no body', async () => {
    const { handle, read } = handlerWithSpy()
    expect((await handle(request(APP_PAGE_URL, 'POST'))).status).toBe(405)
    expect(read).not.toHaveBeenCalled()
    const head = await handle(request(APP_PAGE_URL, 'HEAD'))
    expect(head.status).toBe(200)
    expect(head.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await head.text()).toBe('')
  })

  it('answers 500, not 404, when a file exists but cannot be read', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    const handle = createRendererHandler({ root, readFile: async () => Promise.reject(denied) })
    expect((await handle(request(APP_PAGE_URL))).status).toBe(500)
  })

  it('works with a real Request, as Electron passes one', async () => {
    const { handle } = handlerWithSpy()
    expect((await handle(new Request('app://pipewright/assets/index-abc.js'))).status).toBe(200)
  })
})

describe('registering the scheme', () => {
  it('registers app:// as standard and secure with fetch, and without bypassing CSP or opening CORS', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() }
    registerAppScheme(protocol)
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES])
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true }
    })
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP')
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('corsEnabled')
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('allowServiceWorkers')
  })

  it('hands protocol.handle a handler for the app scheme that serves the given folder', async () => {
    const protocol = { handle: vi.fn() }
    serveRenderer(protocol, { root, readFile })
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    const handler = protocol.handle.mock.calls[0]![1] as (r: Request) => Promise<Response>
    expect((await handler(request(APP_PAGE_URL))).status).toBe(200)
  })

  it('types unknown files as bytes, never as something a browser would run', () => {
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream')
    expect(contentTypeFor('noextension')).toBe('application/octet-stream')
    expect(contentTypeFor('A.JS')).toBe('text/javascript; charset=utf-8')
  })
})

describe('the Content-Security-Policy', () => {
  it('is the one the page’s meta tag states, for the browser build', () => {
    const html = readFileSync(resolve(__dirname, '../../src/renderer/index.html'), 'utf8')
    const meta =
      /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1/is.exec(html)?.[2]
    expect(meta).toBe(CONTENT_SECURITY_POLICY)
  })

  it('allows scripts, styles and workers from the app itself only, and no inline style or eval', () => {
    const policy = parsePolicy(CONTENT_SECURITY_POLICY)
    expect(policy.get('script-src')).toBe("'self'")
    expect(policy.get('style-src')).toBe("'self'")
    expect(policy.get('worker-src')).toBe("'self'")
    expect(policy.get('object-src')).toBe("'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/)
  })
})
