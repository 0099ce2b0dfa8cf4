/**
 * The renderer's Content-Security-Policy, in one place. Main sends it as a response header on
 * everything the app:// scheme serves (a worker's script too: a worker takes its policy from its
 * own response, not from the page); src/renderer/index.html repeats it in a meta tag for the
 * browser build, and a test checks that the two say the same.
 *
 * No 'unsafe-inline' anywhere. React and React Flow set styles through the CSSOM (element.style),
 * which style-src does not govern; what it would block — a <style> element or a style="" attribute
 * in markup — the page does not use (the palette's variables are built into the style sheet).
 */
const CSP_DIRECTIVES: ReadonlyArray<readonly [directive: string, sources: string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // data: for the icons the build inlines and for the image export's intermediate SVG.
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  // The layout worker is a file of its own: no blob: workers.
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"]
]

export const CONTENT_SECURITY_POLICY: string = CSP_DIRECTIVES.map(
  ([directive, sources]) => `${directive} ${sources}`
).join('; ')

/** The policy's directives by name, for tests and checks that compare policies. */
export function parsePolicy(policy: string): Map<string, string> {
  const directives = new Map<string, string>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), sources.join(' '))
  }
  return directives
}
