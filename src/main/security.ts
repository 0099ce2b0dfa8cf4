import type { App, Session, WebContents } from 'electron'
import { APP_HOST, APP_SCHEME } from './rendererProtocol'

/**
 * True only for a frame showing the app's own page: the app:// origin the built renderer is served
 * from, or the dev server's origin in development. A file: URL is never trusted: the app loads no
 * file: page, so one that asks is a page the user opened.
 */
export function isTrustedSender(frameUrl: string | undefined, rendererUrl: string): boolean {
  if (!frameUrl) return false
  let frame: URL
  let renderer: URL
  try {
    frame = new URL(frameUrl)
    renderer = new URL(rendererUrl)
  } catch {
    return false
  }
  if (renderer.protocol === `${APP_SCHEME}:`) {
    // Node gives a custom scheme's URL the origin 'null', so compare its parts: exactly app://pipewright.
    return (
      frame.protocol === renderer.protocol &&
      frame.host === APP_HOST &&
      renderer.host === APP_HOST &&
      !frame.username &&
      !frame.password
    )
  }
  if (renderer.protocol !== 'http:' && renderer.protocol !== 'https:') return false
  return frame.origin === renderer.origin
}

/** The app shows only its own page: no navigation away, no pop-ups, no webviews, no frames navigating. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault()
  })
  // will-navigate covers the main frame only; a subframe (the page has none of its own) never navigates.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || event.url !== contents.getURL()) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/**
 * Camera, microphone, notifications, geolocation…: a diagram editor needs none of them. Requests
 * are refused, and so are checks (navigator.permissions.query and the APIs that only check).
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
}

/** Covers every web contents the app will ever create, including ones we did not create ourselves. */
export function applySecurityPolicy(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents)
    denyAllPermissions(contents.session)
  })
}
