import { extname, isAbsolute, join, relative, sep } from 'node:path'
import type { CustomScheme, Protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy'

/**
 * The built renderer is served from app://pipewright/, not file:. The page gets an origin of its
 * own (file: pages share one with every other local file), and main can attach response headers —
 * the Content-Security-Policy above all — which a file: load cannot carry.
 *
 * This module imports nothing from electron at run time, so tests can drive the handler directly.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'pipewright'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`

/**
 * standard: relative URLs, an origin (app://pipewright) and web storage; secure: a secure context,
 * like https; supportFetchAPI: the page's own fetch() of its assets (the image export reads its
 * style sheets). Not bypassCSP, not corsEnabled: other origins get nothing from this scheme.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * The file under `root` that an app:// URL names, or undefined for any URL that is not plainly one
 * of the renderer's files: another scheme or host, credentials or a port, `.` or `..` segments
 * (Chromium resolves them before a request is made, so one that arrives is an attack), encoded or
 * back slashes, NUL, a drive letter or anything else that could leave `root`.
 */
export function rendererFileFor(url: string, root: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST) return undefined
  if (parsed.port || parsed.username || parsed.password) return undefined
  // WHATWG parsing already drops dot segments; look at the raw path too, before any decoding.
  const rawPath = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/, 1)[0]!
  if (/\\|%2f|%5c|%00|%2e/i.test(rawPath) || /(^|\/)\.\.?(\/|$)/.test(rawPath)) return undefined
  // '' (app://pipewright, as Node parses it) and '/' are the page.
  const segments =
    parsed.pathname === '' || parsed.pathname === '/'
      ? ['index.html']
      : parsed.pathname.split('/').slice(1)
  const names: string[] = []
  for (const segment of segments) {
    let name: string
    try {
      name = decodeURIComponent(segment)
    } catch {
      return undefined
    }
    // Empty (a//b or a trailing slash), dot segments, separators, NUL, ':' (C:, NTFS streams).
    if (name === '' || name === '.' || name === '..' || /[/\\\0:]/.test(name)) return undefined
    names.push(name)
  }
  const file = join(root, ...names)
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
    return undefined
  return file
}

export interface RendererHandlerDeps {
  /** Absolute path of the built renderer (out/renderer). Nothing outside it is ever served. */
  root: string
  /** Reads a whole file; rejects with a Node error (code ENOENT, EISDIR…) when it cannot. */
  readFile: (path: string) => Promise<Uint8Array>
}

/** Headers on every response: the page, its scripts and the layout worker's script alike. */
function baseHeaders(): Headers {
  return new Headers({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff'
  })
}

function errorResponse(status: number, statusText: string): Response {
  const headers = baseHeaders()
  headers.set('Content-Type', 'text/plain; charset=utf-8')
  return new Response(statusText, { status, statusText, headers })
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR'])

/** The app:// handler: a renderer file with its type and the CSP, or a plain error response. */
export function createRendererHandler(
  deps: RendererHandlerDeps
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return errorResponse(405, 'Method Not Allowed')
    const file = rendererFileFor(request.url, deps.root)
    if (!file) return errorResponse(400, 'Bad Request')
    let body: Uint8Array
    try {
      body = await deps.readFile(file)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException | undefined)?.code
      return code && NOT_FOUND_CODES.has(code)
        ? errorResponse(404, 'Not Found')
        : errorResponse(500, 'Internal Server Error')
    }
    const headers = baseHeaders()
    headers.set('Content-Type', contentTypeFor(file))
    headers.set('Content-Length', String(body.byteLength))
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers
    })
  }
}

/** Before app ready (Electron allows it only then, and only once). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

/** After app ready, on the session the window uses (the default one). */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, deps: RendererHandlerDeps): void {
  protocol.handle(APP_SCHEME, createRendererHandler(deps))
}
