import type { App, Session, WebContents } from 'electron'

/**
 * True only for a frame showing the app's own page: the dev server's origin in development, or
 * exactly the built index.html file otherwise (any other file: URL could be a page the user opened).
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
  // The whole file: URL, host included: file://elsewhere/…/index.html is a network share's page.
  if (renderer.protocol === 'file:') return frame.protocol === 'file:' && frame.host === renderer.host && frame.pathname === renderer.pathname
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
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/**
 * Camera, microphone, notifications, geolocation…: a diagram editor needs none of them. Requests
 * are refused, and so are checks (navigator.permissions.query and the APIs that only check).
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/** Covers every web contents the app will ever create, including ones we did not create ourselves. */
export function applySecurityPolicy(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents)
    denyAllPermissions(contents.session)
  })
}
