import { join } from 'node:path'
import { DIAGRAM_LIMITS } from '../shared/diagram/schema'
import { sniffImportKind } from '../shared/interchange/import/sniffImportKind'
import type { UnreadableFile } from '../shared/report/checkRun'
import type { CliIo } from './cliIo'

/** One thing to check: a file on disk, or standard input under the name given for it. */
export type Input = { path: string; stdin?: false } | { path: string; stdin: true }

export interface CollectedInputs {
  inputs: Input[]
  /** Arguments that named nothing to check: a missing file, a glob without matches, an empty folder. */
  unreadable: UnreadableFile[]
}

/** A name that always means a diagram, a draw.io file or a template, in a folder walk. */
const ALWAYS = ['.pipewright.json', '.drawio', '.drawio.png', '.drawio.svg', '.drawio.xml']
/** A name that may be one: its first bytes decide (package.json and CI configs are not). */
const MAYBE = ['.json', '.yaml', '.yml', '.template', '.xml']
/** Folders a walk never enters: dependencies and version-control or tool state. */
const SKIPPED_FOLDERS = new Set(['node_modules'])

const GLOB_CHARACTERS = /[*?[\]{}]/

const endsWithAny = (name: string, suffixes: readonly string[]) => {
  const lower = name.toLowerCase()
  return suffixes.some((s) => lower.endsWith(s))
}

/** Forward slashes, as SARIF, JUnit and GitHub annotations want paths. */
export const displayPath = (path: string) => path.replace(/\\/g, '/')

/**
 * Whether a file found in a folder is one to check. Names settle most; for a `.json` or YAML file
 * the first bytes say whether it is a diagram, a CloudFormation/SAM template or an mxfile.
 */
async function isCheckable(path: string, name: string, io: CliIo): Promise<boolean> {
  if (endsWithAny(name, ALWAYS)) return true
  if (!endsWithAny(name, MAYBE)) return false
  try {
    const kind = await io.kind(path)
    if (!kind.isFile || kind.size > DIAGRAM_LIMITS.maxFileBytes) return false
    const text = new TextDecoder('utf-8', { fatal: false }).decode(
      await io.readBytes(path, DIAGRAM_LIMITS.maxFileBytes)
    )
    if (text.includes('"pipewright/diagram"')) return true
    const sniffed = sniffImportKind(text, name)
    return sniffed === 'cloudformation' || sniffed === 'drawio'
  } catch {
    return false
  }
}

/** Every file to check under `folder`, sorted so that runs list them in one order. */
async function walk(folder: string, io: CliIo, found: string[]): Promise<void> {
  const entries = [...(await io.listFolder(folder))].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  )
  for (const entry of entries) {
    const path = join(folder, entry.name)
    // Dot folders (.git, .cache) hold no diagrams of the project; symbolic links are not followed,
    // so a link back up the tree cannot loop.
    if (entry.kind === 'folder') {
      if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name))
        await walk(path, io, found)
    } else if (entry.kind === 'file' && (await isCheckable(path, entry.name, io))) found.push(path)
  }
}

async function existingKind(path: string, io: CliIo): Promise<'file' | 'folder' | 'missing'> {
  try {
    const kind = await io.kind(path)
    return kind.what === 'a folder' ? 'folder' : 'file'
  } catch {
    return 'missing'
  }
}

/**
 * What `validate PATHS…` checks: files as named (whatever their name), every diagram, template and
 * draw.io file under a folder, the matches of a glob (for shells that pass it on unexpanded), and
 * standard input for `-`. A file named twice is checked once.
 */
export async function collectInputs(
  args: readonly string[],
  io: CliIo,
  stdinName: string
): Promise<CollectedInputs> {
  const inputs: Input[] = []
  const unreadable: UnreadableFile[] = []
  const seen = new Set<string>()
  const add = (path: string) => {
    const key = displayPath(path)
    if (seen.has(key)) return
    seen.add(key)
    inputs.push({ path })
  }
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ path: stdinName, stdin: true })
      continue
    }
    const kind = await existingKind(arg, io)
    if (kind === 'folder') {
      const found: string[] = []
      try {
        await walk(arg, io, found)
      } catch (err) {
        unreadable.push({
          path: displayPath(arg),
          error: `Cannot read the folder ${arg}: ${errorText(err)}.`
        })
        continue
      }
      if (found.length === 0)
        unreadable.push({
          path: displayPath(arg),
          error: `${arg} holds no diagram (.pipewright.json), CloudFormation/SAM template or draw.io file.`
        })
      found.forEach(add)
    } else if (kind === 'missing' && GLOB_CHARACTERS.test(arg)) {
      const matches = [...(await io.glob(arg))].sort()
      if (matches.length === 0)
        unreadable.push({ path: displayPath(arg), error: `No files match ${arg}.` })
      matches.forEach(add)
    } else add(arg)
  }
  return { inputs, unreadable }
}

function errorText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EACCES') return 'permission denied'
  return err instanceof Error ? err.message : String(err)
}
