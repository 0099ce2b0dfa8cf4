import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { REPO_DIR } from '../helpers'

/** The export's lazily loaded icon texts must be the very files the canvas shows. */
describe('icon sources for the SVG export', () => {
  const read = (file: string) => readFileSync(`${REPO_DIR}src/renderer/src/icons/${file}`, 'utf8')

  it('name the same file for every service as serviceIcons.ts', () => {
    const urls = read('serviceIcons.ts')
    const imports = new Map(
      [...urls.matchAll(/import (\w+) from '([^']+)'/g)].map((m) => [m[1]!, m[2]!])
    )
    const canvas = Object.fromEntries(
      [...urls.matchAll(/^\s+'?([\w-]+)'?: (i\w+),?$/gm)].map((m) => [m[1]!, imports.get(m[2]!)])
    )
    const sources = Object.fromEntries(
      [
        ...read('iconSources.ts').matchAll(/^\s+'?([\w-]+)'?: \(\) =>\s+import\('([^']+)\?raw'\)/gm)
      ].map((m) => [m[1]!, m[2]!])
    )
    expect(Object.keys(canvas).length).toBeGreaterThan(40)
    expect(sources).toEqual(canvas)
  })
})
