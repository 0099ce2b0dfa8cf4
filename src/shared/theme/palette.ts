import type { CategoryId } from '../catalog/services'
import type { GroupKind } from '../diagram/types'
import type { Verdict } from '../mechanisms/integrationMatrix'

/**
 * The canvas colours, in one place: the app turns them into CSS custom properties at start-up
 * (paletteCss) and the SVG export paints with the same values, so an export looks like the canvas.
 */
export interface CanvasPalette {
  bg: string
  panel: string
  border: string
  text: string
  muted: string
  accent: string
  canvasBg: string
  verdict: Record<Verdict, string>
  verdictBg: Record<Verdict, string>
  /** Text and border of an edge's label pill. */
  labelText: Record<Verdict, string>
  labelBorder: Record<Verdict, string>
  category: Record<CategoryId, string>
  group: Record<GroupKind, string>
  noteBg: string
  noteText: string
  capacityBg: string
  capacityText: string
  costBg: string
  /** Behind a service icon: AWS's icons are drawn for a light page. */
  iconBg: string
  /** Text colours that keep 4.5:1 against the panel (WCAG 1.4.3): links and pressed toggles, warnings, and text on an accent fill. */
  accentText: string
  warningText: string
  onAccent: string
  /** A sticky note in the minimap. */
  minimapNote: string
}

const CATEGORY: CanvasPalette['category'] = {
  sources: '#7a5af8',
  streaming: '#8c4fff',
  processing: '#ed7100',
  storage: '#3f8624',
  analytics: '#2f6fed',
  security: '#dd344c'
}

const GROUP: CanvasPalette['group'] = {
  region: '#2f6fed',
  vpc: '#3f8624',
  'availability-zone': '#2f6fed',
  'on-premises': '#5f6b7a',
  custom: '#8c4fff'
}

export const PALETTES: Record<'light' | 'dark', CanvasPalette> = {
  light: {
    bg: '#f6f7f9',
    panel: '#ffffff',
    border: '#d9dde3',
    text: '#1d232b',
    muted: '#5f6b7a',
    accent: '#2f6fed',
    canvasBg: '#f6f7f9',
    verdict: { ok: '#1f9d55', warning: '#c27803', error: '#d93025' },
    verdictBg: { ok: '#e6f6ec', warning: '#fff4db', error: '#fde8e6' },
    labelText: { ok: '#14532d', warning: '#713f12', error: '#7f1d1d' },
    labelBorder: { ok: '#a7d7b8', warning: '#c27803', error: '#d93025' },
    category: CATEGORY,
    group: GROUP,
    noteBg: '#fff4b3',
    noteText: '#3f3a1a',
    capacityBg: '#eef2ff',
    capacityText: '#3730a3',
    costBg: '#f1f5f9',
    iconBg: 'none',
    accentText: '#1d4fd0',
    warningText: '#8a5300',
    onAccent: '#ffffff',
    minimapNote: '#f2d264'
  },
  dark: {
    bg: '#0f141b',
    panel: '#171d26',
    border: '#2c3542',
    text: '#e6ebf2',
    muted: '#9aa7b8',
    accent: '#6d9bff',
    canvasBg: '#0f141b',
    verdict: { ok: '#3ccf7c', warning: '#f0b44c', error: '#ff6b5e' },
    verdictBg: { ok: '#12301f', warning: '#33280f', error: '#3a1714' },
    labelText: { ok: '#b7f0cc', warning: '#ffe2a8', error: '#ffc7c1' },
    labelBorder: { ok: '#2f6b46', warning: '#f0b44c', error: '#ff6b5e' },
    category: CATEGORY,
    group: GROUP,
    noteBg: '#fff4b3',
    noteText: '#3f3a1a',
    capacityBg: '#25305a',
    capacityText: '#c9d4ff',
    costBg: '#26303c',
    iconBg: '#ffffff',
    accentText: '#8fb3ff',
    warningText: '#f0b44c',
    onAccent: '#0b1220',
    minimapNote: '#f2d264'
  }
}

/** The palette as CSS custom properties, e.g. `--ok`, `--label-ok`, `--group-vpc`. */
export function paletteVariables(p: CanvasPalette): Record<string, string> {
  const vars: Record<string, string> = {
    '--bg': p.bg,
    '--panel': p.panel,
    '--border': p.border,
    '--text': p.text,
    '--muted': p.muted,
    '--accent': p.accent,
    '--canvas-bg': p.canvasBg,
    '--note-bg': p.noteBg,
    '--note-text': p.noteText,
    '--capacity-bg': p.capacityBg,
    '--capacity-text': p.capacityText,
    '--cost-bg': p.costBg,
    '--icon-bg': p.iconBg === 'none' ? 'transparent' : p.iconBg,
    '--accent-text': p.accentText,
    '--warning-text': p.warningText,
    '--on-accent': p.onAccent,
    '--minimap-note': p.minimapNote
  }
  for (const v of ['ok', 'warning', 'error'] as const) {
    vars[`--${v}`] = p.verdict[v]
    vars[`--${v}-bg`] = p.verdictBg[v]
    vars[`--label-${v}`] = p.labelText[v]
    vars[`--label-${v}-border`] = p.labelBorder[v]
  }
  for (const [id, colour] of Object.entries(p.category)) vars[`--cat-${id}`] = colour
  for (const [kind, colour] of Object.entries(p.group)) vars[`--group-${kind}`] = colour
  return vars
}

function block(selector: string, vars: Record<string, string>): string {
  return `${selector} {\n${Object.entries(vars)
    .map(([k, v]) => `  ${k}: ${v};`)
    .join('\n')}\n}`
}

/** The style sheet the renderer installs before its first paint. */
export function paletteCss(): string {
  return `${block(':root', paletteVariables(PALETTES.light))}\n${block("[data-theme='dark']", paletteVariables(PALETTES.dark))}\n`
}
