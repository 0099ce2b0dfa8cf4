const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

function encodeSegments(path: string): string {
  return path
    .replace(LONE_SURROGATE, '\ufffd')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

/**
 * A path as the user named it (forward slashes) as a SARIF artifact URI: a relative path becomes
 * a relative reference against `%SRCROOT%` (where GitHub resolves it, the repository's root), an
 * absolute one a `file:` URI. Each segment is percent-encoded, so `<stdin>`, spaces, `#` or `%`
 * stay one valid URI reference.
 */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const drive = /^[A-Za-z]:\//.exec(path)
  if (drive) return { uri: `file:///${path.slice(0, 2)}${encodeSegments(path.slice(2))}` }
  if (path.startsWith('/')) return { uri: `file://${encodeSegments(path)}` }
  return { uri: encodeSegments(path.replace(/^(\.\/)+/, '')), uriBaseId: '%SRCROOT%' }
}
