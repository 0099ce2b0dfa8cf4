import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CATEGORIES } from '../../../src/shared/catalog/services'
import { PALETTES, paletteCss, paletteVariables } from '../../../src/shared/theme/palette'
import { REPO_DIR } from '../helpers'

describe('canvas palette', () => {
  const css = readFileSync(`${REPO_DIR}src/renderer/src/styles.css`, 'utf8')

  it('is the only place the palette colours are defined: styles.css uses them but sets none', () => {
    const names = Object.keys(paletteVariables(PALETTES.light))
    for (const name of names)
      expect(css, `${name} is set in styles.css`).not.toMatch(new RegExp(`${name}\\s*:`))
    const used = new Set([...css.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]!))
    // Every variable the style sheet reads is defined by the palette (or set locally, like --group-color).
    for (const name of used)
      if (name !== '--group-color')
        expect(names, `${name} is used but not in the palette`).toContain(name)
  })

  it('installs both themes, with the same variables in each', () => {
    const out = paletteCss()
    expect(out).toContain(':root {')
    expect(out).toContain("[data-theme='dark'] {")
    expect(out).toContain(`--error: ${PALETTES.light.verdict.error};`)
    expect(out).toContain(`--error: ${PALETTES.dark.verdict.error};`)
    expect(Object.keys(paletteVariables(PALETTES.dark))).toEqual(
      Object.keys(paletteVariables(PALETTES.light))
    )
    for (const c of CATEGORIES) expect(out).toContain(`--cat-${c.id}: `)
  })
})
