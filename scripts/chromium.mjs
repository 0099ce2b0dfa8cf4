// Debian's Chromium and the flags it needs here, shared by the end-to-end tests, the
// benchmarks and the test runner. These machines cannot download Playwright's own browser, and
// without the networking flags Chromium keeps trying hosts this network refuses.
export const CHROMIUM_PATH = '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]
