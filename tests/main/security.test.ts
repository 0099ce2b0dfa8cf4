import type { App, Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  applySecurityPolicy,
  denyAllPermissions,
  hardenWebContents,
  isTrustedSender
} from '../../src/main/security'

type Listener = (...args: unknown[]) => unknown

function fakeWebContents(currentUrl: string) {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => unknown) | undefined
  let permissionHandler: Listener | undefined
  let checkHandler: Listener | undefined
  const session = {
    setPermissionRequestHandler: vi.fn((h: Listener) => void (permissionHandler = h)),
    setPermissionCheckHandler: vi.fn((h: Listener) => void (checkHandler = h))
  }
  const contents = {
    on: vi.fn((event: string, listener: Listener) => void listeners.set(event, listener)),
    getURL: () => currentUrl,
    setWindowOpenHandler: vi.fn(
      (h: (details: { url: string }) => unknown) => void (openHandler = h)
    ),
    session
  }
  return {
    contents: contents as unknown as WebContents,
    session: session as unknown as Session,
    /** Fires will-navigate and tells whether the app let it happen. */
    navigate(url: string): boolean {
      const event = { preventDefault: vi.fn() }
      listeners.get('will-navigate')!(event, url)
      return event.preventDefault.mock.calls.length === 0
    },
    /** Fires will-frame-navigate (Electron's details event) and tells whether the app let it happen. */
    navigateFrame(url: string, isMainFrame: boolean): boolean {
      const event = { preventDefault: vi.fn(), url, isMainFrame }
      listeners.get('will-frame-navigate')!(event)
      return event.preventDefault.mock.calls.length === 0
    },
    checkPermission: (permission: string) => checkHandler!(contents, permission, 'file:///', {}),
    attachWebview(): boolean {
      const event = { preventDefault: vi.fn() }
      listeners.get('will-attach-webview')!(event)
      return event.preventDefault.mock.calls.length === 0
    },
    openWindow: (url: string) => openHandler!({ url }),
    requestPermission(permission: string): boolean {
      let granted: boolean | undefined
      permissionHandler!(contents, permission, (answer: boolean) => (granted = answer), {})
      return granted!
    }
  }
}

const PAGE = 'app://pipewright/index.html'
const BUILT_FILE = 'file:///opt/Pipewright/resources/app/out/renderer/index.html'

describe('isTrustedSender', () => {
  it('trusts exactly the app:// origin, whatever page, query or hash', () => {
    expect(isTrustedSender(PAGE, PAGE)).toBe(true)
    expect(isTrustedSender(`${PAGE}#/diagram`, PAGE)).toBe(true)
    expect(isTrustedSender('app://pipewright/', PAGE)).toBe(true)
    expect(isTrustedSender('app://other/index.html', PAGE)).toBe(false)
    expect(isTrustedSender('app://pipewright.evil/index.html', PAGE)).toBe(false)
    expect(isTrustedSender('app://pipewright:8080/index.html', PAGE)).toBe(false)
    expect(isTrustedSender('app://user@pipewright/index.html', PAGE)).toBe(false)
    expect(isTrustedSender('https://pipewright/index.html', PAGE)).toBe(false)
  })

  it('trusts no file: page, not even the built index.html itself', () => {
    expect(isTrustedSender(BUILT_FILE, PAGE)).toBe(false)
    expect(isTrustedSender('file:///home/me/Downloads/index.html', PAGE)).toBe(false)
    expect(
      isTrustedSender(
        'file://fileserver/opt/Pipewright/resources/app/out/renderer/index.html',
        PAGE
      )
    ).toBe(false)
    // Nor when a caller passes a file: URL as the app's own page.
    expect(isTrustedSender(BUILT_FILE, BUILT_FILE)).toBe(false)
  })

  it('trusts the dev server origin only', () => {
    const dev = 'http://localhost:5173/'
    expect(isTrustedSender('http://localhost:5173/index.html', dev)).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', dev)).toBe(false)
    expect(isTrustedSender('https://localhost:5173/', dev)).toBe(false)
    expect(isTrustedSender(PAGE, dev)).toBe(false)
    expect(isTrustedSender(BUILT_FILE, dev)).toBe(false)
  })

  it('trusts nothing it cannot parse', () => {
    expect(isTrustedSender(undefined, PAGE)).toBe(false)
    expect(isTrustedSender('', PAGE)).toBe(false)
    expect(isTrustedSender('not a url', PAGE)).toBe(false)
    expect(isTrustedSender('about:blank', PAGE)).toBe(false)
    expect(isTrustedSender('data:text/html,hi', 'data:text/html,hi')).toBe(false)
  })
})

describe('hardenWebContents', () => {
  it('blocks navigation to any other URL but lets the page reload itself', () => {
    const wc = fakeWebContents(PAGE)
    hardenWebContents(wc.contents)
    expect(wc.navigate('https://example.com/')).toBe(false)
    expect(wc.navigate('file:///etc/passwd')).toBe(false)
    expect(wc.navigate(BUILT_FILE)).toBe(false)
    expect(wc.navigate('app://pipewright/other.html')).toBe(false)
    expect(wc.navigate(PAGE)).toBe(true)
  })

  it('denies window.open and webviews', () => {
    const wc = fakeWebContents(PAGE)
    hardenWebContents(wc.contents)
    expect(wc.openWindow('https://example.com/')).toEqual({ action: 'deny' })
    expect(wc.openWindow(PAGE)).toEqual({ action: 'deny' })
    expect(wc.attachWebview()).toBe(false)
  })

  it('denies every permission request and every permission check', () => {
    const wc = fakeWebContents(PAGE)
    denyAllPermissions(wc.session)
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal'
    ]) {
      expect(wc.requestPermission(permission)).toBe(false)
      expect(wc.checkPermission(permission)).toBe(false)
    }
  })

  it('lets no subframe navigate, and the main frame only to its own page', () => {
    const wc = fakeWebContents(PAGE)
    hardenWebContents(wc.contents)
    expect(wc.navigateFrame('https://example.com/', false)).toBe(false)
    expect(wc.navigateFrame(PAGE, false)).toBe(false)
    expect(wc.navigateFrame('https://example.com/', true)).toBe(false)
    expect(wc.navigateFrame(PAGE, true)).toBe(true)
  })

  it('is applied to every web contents the app creates', () => {
    let onCreated: Listener | undefined
    const app = {
      on: vi.fn(
        (event: string, listener: Listener) =>
          event === 'web-contents-created' && (onCreated = listener)
      )
    }
    applySecurityPolicy(app as unknown as App)
    const wc = fakeWebContents(PAGE)
    onCreated!({}, wc.contents)
    expect(wc.navigate('https://example.com/')).toBe(false)
    expect(wc.openWindow('https://example.com/')).toEqual({ action: 'deny' })
    expect(wc.requestPermission('media')).toBe(false)
  })
})
