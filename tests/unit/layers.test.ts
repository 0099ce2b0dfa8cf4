import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SHARED_LAYERS } from '../../scripts/sharedLayers.mjs'

/** Imports go one way: shared imports nothing of ours; main, preload, renderer and cli import shared only. */
const ROOT = resolve(__dirname, '../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers: string[] = []
  for (const m of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g
  )) {
    specifiers.push((m[1] ?? m[2] ?? m[3])!)
  }
  return specifiers
}

function layerOf(file: string): string {
  return relative(join(ROOT, 'src'), file).split(/[\\/]/)[0]!
}

function violations(
  layer: string,
  isAllowed: (spec: string, target: string | undefined) => boolean
): string[] {
  const out: string[] = []
  for (const file of sourceFiles(join(ROOT, 'src', layer))) {
    for (const spec of importsOf(file)) {
      const target = spec.startsWith('.') ? layerOf(resolve(file, '..', spec)) : undefined
      if (!isAllowed(spec, target)) out.push(`${relative(ROOT, file)} imports ${spec}`)
    }
  }
  return out
}

const SHARED_PACKAGES = new Set([
  'zod',
  'secure-json-parse',
  'meta-png',
  'elkjs/lib/elk-api',
  'elkjs/lib/elk.bundled.js',
  'yaml',
  'fast-xml-parser',
  'fflate',
  // Pure JavaScript: the CI reports read where a node is written in a diagram's JSON with it.
  'jsonc-parser'
])

describe('layer rules', () => {
  it('src/shared is pure: no Electron, React, DOM or Node imports, nothing from other layers', () => {
    expect(
      violations('shared', (spec, target) =>
        target ? target === 'shared' : SHARED_PACKAGES.has(spec)
      )
    ).toEqual([])
  })

  it('src/main, src/cli, src/preload and src/renderer import src/shared and never each other', () => {
    // The renderer may also bundle the template diagram files from resources/templates.
    const isTemplate = (spec: string) => /(^|\/)resources\/templates\//.test(spec)
    // The CLI reads its version (--version) from the package's own package.json.
    const isPackageJson = (spec: string) => /^(\.\.\/)+package\.json$/.test(spec)
    for (const layer of ['main', 'cli', 'preload', 'renderer']) {
      expect(
        violations(
          layer,
          (spec, target) =>
            target === undefined ||
            target === layer ||
            target === 'shared' ||
            (layer === 'renderer' && isTemplate(spec)) ||
            (layer === 'cli' && isPackageJson(spec))
        )
      ).toEqual([])
    }
  })

  it('the preload imports only electron and local files, so a sandboxed preload can load it', () => {
    expect(
      violations('preload', (spec, target) => spec === 'electron' || target !== undefined)
    ).toEqual([])
  })

  it('the renderer never imports electron or Node built-ins', () => {
    expect(
      violations(
        'renderer',
        (spec) =>
          spec !== 'electron' &&
          !spec.startsWith('node:') &&
          !['fs', 'path', 'child_process'].includes(spec)
      )
    ).toEqual([])
  })

  it('inside src/shared, a folder imports only itself and the folders below it', () => {
    const sharedDir = join(ROOT, 'src', 'shared')
    const folderOf = (file: string) => relative(sharedDir, file).split(/[\\/]/)[0]!
    const upward: string[] = []
    const unlisted = new Set<string>()
    for (const file of sourceFiles(sharedDir)) {
      const from = folderOf(file)
      if (!SHARED_LAYERS.includes(from)) unlisted.add(from)
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue
        const to = folderOf(resolve(file, '..', spec))
        if (SHARED_LAYERS.indexOf(to) > SHARED_LAYERS.indexOf(from)) {
          upward.push(`${relative(ROOT, file)} (${from}) imports ${spec} (${to})`)
        }
      }
    }
    // A new folder must be given its place in scripts/sharedLayers.mjs.
    expect([...unlisted]).toEqual([])
    expect(upward).toEqual([])
  })

  it('finds files to check (the rule cannot pass vacuously)', () => {
    expect(sourceFiles(join(ROOT, 'src', 'shared')).length).toBeGreaterThan(5)
    expect(sourceFiles(join(ROOT, 'src', 'renderer')).length).toBeGreaterThan(5)
  })
})
