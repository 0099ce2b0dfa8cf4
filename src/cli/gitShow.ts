import { execFile } from 'node:child_process'

/** A file at a revision: its bytes, or why there are none. */
export type GitShowResult =
  | { bytes: Uint8Array }
  /** The blob is larger than the limit: it was not read. */
  | { tooLarge: number }
  /** The revision exists but has no such path (a pull request that adds the file): git's words. */
  | { missing: string }
  /** Not a repository, an unknown revision, a folder, no git: git's words. */
  | { error: string }

interface Run {
  code: number
  stdout: Buffer
  stderr: string
}

/**
 * git with arguments as a list (never a shell), in the current folder, its messages in English
 * (they are matched below and shown as they are) and no lock taken that could block a real git.
 */
function git(args: readonly string[], maxBuffer: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        encoding: 'buffer',
        maxBuffer,
        windowsHide: true,
        env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' }
      },
      (err, stdout, stderr) => {
        // A number is git's exit code; anything else (ENOENT, a full buffer) is a failure to run it.
        const code = err?.code
        if (err && typeof code !== 'number') {
          reject(err instanceof Error ? err : new Error(err.message))
          return
        }
        resolve({
          code: typeof code === 'number' ? code : 0,
          stdout,
          stderr: stderr.toString('utf8')
        })
      }
    )
  })
}

/** git's last line, without its "fatal: ". */
function reason(stderr: string): string {
  const lines = stderr.trim().split('\n')
  return (lines[lines.length - 1] ?? '').replace(/^(fatal|error): /, '')
}

/** What git says when the revision is fine and only the path is not in it. */
const PATH_NOT_IN_REV = /does not exist in '|exists on disk, but not in '/

const SMALL = 64 * 1024

/**
 * `REV:PATH` read from the repository of the current folder, by git's rules for that syntax (a
 * PATH from the repository's root, or from the current folder when it starts with `./`). The
 * callers refuse a REV that starts with a dash, so no argument here can be taken as an option.
 * `git cat-file` (plumbing) reads the blob as committed, without textconv or filters, and tells
 * its size first, so a file above `limit` is never read.
 */
export async function gitShow(rev: string, path: string, limit: number): Promise<GitShowResult> {
  const object = `${rev}:${path}`
  try {
    const type = await git(['cat-file', '-t', object], SMALL)
    if (type.code !== 0) {
      const commit = await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], SMALL)
      if (commit.code === 0 && PATH_NOT_IN_REV.test(type.stderr))
        return { missing: reason(type.stderr) }
      return { error: reason(type.stderr) || `git cat-file exited with ${type.code}` }
    }
    const kind = type.stdout.toString('utf8').trim()
    if (kind !== 'blob') return { error: `${object} is a ${kind} in git, not a file` }
    const size = await git(['cat-file', '-s', object], SMALL)
    const bytes = Number(size.stdout.toString('utf8').trim())
    if (size.code !== 0 || !Number.isSafeInteger(bytes)) return { error: reason(size.stderr) }
    if (bytes > limit) return { tooLarge: bytes }
    const blob = await git(['cat-file', 'blob', object], bytes + SMALL)
    if (blob.code !== 0) return { error: reason(blob.stderr) }
    if (blob.stdout.length > limit) return { tooLarge: blob.stdout.length }
    return { bytes: new Uint8Array(blob.stdout.buffer, blob.stdout.byteOffset, blob.stdout.length) }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { error: 'git is not installed, or not on the PATH' }
    return { error: err instanceof Error ? err.message : String(err) }
  }
}
