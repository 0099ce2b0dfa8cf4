import type { CliIo } from '../../src/cli/main'

/** A path that is not a regular file: what `kind` says it is (a folder, a named pipe…). */
type Special = { what: string }

/**
 * The CLI's outside world in memory: files by path, what was printed, every read and write. A
 * special entry (a FIFO, a folder) answers `kind` but must never be read.
 */
export function fakeIo(
  files: Record<string, string | Uint8Array | Special> = {},
  stdin: string | Uint8Array = ''
) {
  const store = new Map<string, Uint8Array | Special>()
  for (const [path, content] of Object.entries(files))
    store.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content)
  const state = { out: '', err: '', reads: [] as string[], writes: [] as string[] }
  const io: CliIo = {
    stdout: (t) => {
      state.out += t
    },
    stderr: (t) => {
      state.err += t
    },
    kind: (path) => {
      const entry = store.get(path)
      if (entry === undefined)
        return Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }))
      if ('what' in entry) return Promise.resolve({ size: 0, isFile: false, what: entry.what })
      return Promise.resolve({ size: entry.byteLength, isFile: true, what: 'a file' })
    },
    readBytes: (path, limit) => {
      state.reads.push(path)
      const entry = store.get(path)
      if (entry === undefined || 'what' in entry)
        return Promise.reject(new Error(`${path} must not be read`))
      return Promise.resolve(entry.subarray(0, limit))
    },
    writeText: (path, text, { overwrite }) => {
      if (!overwrite && store.has(path))
        return Promise.reject(Object.assign(new Error(`EEXIST: ${path}`), { code: 'EEXIST' }))
      state.writes.push(path)
      store.set(path, new TextEncoder().encode(text))
      return Promise.resolve()
    },
    // A folder of the fake is a path ending in / with entries stored beneath it.
    listFolder: (path) => {
      const prefix = path.endsWith('/') ? path : `${path}/`
      const names = new Map<string, 'file' | 'folder'>()
      for (const key of store.keys()) {
        if (!key.startsWith(prefix) || key === prefix) continue
        const [name, ...rest] = key.slice(prefix.length).split('/')
        names.set(name!, rest.length > 0 ? 'folder' : 'file')
      }
      return Promise.resolve([...names].map(([name, kind]) => ({ name, kind })))
    },
    glob: () => Promise.reject(new Error('the fake has no glob')),
    readStdin: (limit) =>
      Promise.resolve(
        (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin).subarray(0, limit)
      ),
    gitShow: () => Promise.resolve({ error: 'not a git repository (a fake one)' })
  }
  const text = (path: string): string => {
    const entry = store.get(path)
    if (entry === undefined || 'what' in entry) throw new Error(`${path} was not written`)
    return new TextDecoder().decode(entry)
  }
  return { io, state, text, has: (path: string) => store.has(path) }
}
