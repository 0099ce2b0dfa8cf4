import { basename, dirname, join, resolve } from 'node:path'
import type { CliIo } from './cliIo'

/** The endings a file's stem is read without, longest first so `.drawio.png` wins over `.png`. */
const KNOWN_ENDINGS = [
  '.pipewright.json',
  '.template.yaml',
  '.template.yml',
  '.template.json',
  '.drawio.png',
  '.drawio.svg',
  '.drawio.xml',
  '.template',
  '.drawio',
  '.yaml',
  '.yml',
  '.json',
  '.xml',
  '.png',
  '.svg'
]

/** `stack.template.yaml` → `stack`; `flows.drawio.png` → `flows`; `notes` → `notes`. */
export function stemOf(path: string): string {
  const name = basename(path)
  const lower = name.toLowerCase()
  const ending = KNOWN_ENDINGS.find((e) => lower.endsWith(e) && lower.length > e.length)
  return ending ? name.slice(0, name.length - ending.length) : name
}

/** The default output beside the input: its stem and the new ending. */
export function besideInput(input: string, ending: string): string {
  return join(dirname(input), `${stemOf(input)}${ending}`)
}

/** A page name as part of a file name: `Ingest (raw)` → `ingest-raw`. */
function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/** One file per page: OUT's stem, then each page's slug, made unique. */
export function pageOutputs(out: string, ending: string, pageNames: readonly string[]): string[] {
  const used = new Set<string>()
  return pageNames.map((name, i) => {
    let slug = slugOf(name) || `page-${i + 1}`
    if (used.has(slug)) slug = `${slug}-${i + 1}`
    used.add(slug)
    return join(dirname(out), `${stemOf(out)}-${slug}${ending}`)
  })
}

/**
 * Why `out` must not be written, or undefined when it may: it is the input, or it exists and
 * `--force` was not given, or it exists and is not a file.
 */
export async function outputRefusal(
  out: string,
  input: string,
  force: boolean,
  io: CliIo
): Promise<string | undefined> {
  if (resolve(out) === resolve(input))
    return `${out} is the input file; it is never overwritten. Give another name with -o.`
  let kind: Awaited<ReturnType<CliIo['kind']>>
  try {
    kind = await io.kind(out)
  } catch {
    return undefined
  }
  if (!kind.isFile) return `${out} is ${kind.what}, not a file; give another name with -o.`
  return force
    ? undefined
    : `${out} exists; pass --force to overwrite it, or give another name with -o.`
}
