// The Electronegativity findings we keep, each with the reason it is not a problem here.
// docs/security.md shows this list (scripts/electronegativity.mjs --write-readme writes
// it; a test checks they agree). A finding not listed fails `npm run security`, and so does an
// entry that no longer matches a finding, so the list cannot outlive what it justifies.
//
// check: Electronegativity's check id; file: the path relative to src/ it reports; sample: the
// text it quotes, when the finding is about that text (so a change to it needs a new look).

export const ALLOWED_FINDINGS = [
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    sample:
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    reason:
      "The policy's only remark is Google's CSP Evaluator warning that `script-src 'self'` \"can be problematic if you host JSONP, Angular or user uploaded files\". The app's origin (`app://pipewright`) serves the built renderer folder and nothing else: no JSONP, no Angular, and a user's diagrams are read through IPC, never served from the origin. Nonces or hashes would add nothing a fixed set of bundled files does not already give."
  }
]
