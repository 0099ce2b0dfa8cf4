import type { Page } from '@playwright/test'

/**
 * Text whose contrast with what is behind it is below WCAG's 4.5:1 (3:1 for large text), inside
 * the given containers. axe leaves the canvas out ("background could not be determined": React
 * Flow's layers overlap), so the canvas's nodes, badges and edge labels are measured here: the
 * text colour against the element's own background, composited over its ancestors' up to the page.
 */
export function lowContrastText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((scope) => {
    type Rgba = [number, number, number, number]
    const parse = (css: string): Rgba => {
      const srgb = css.match(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/)
      if (srgb)
        return [
          Number(srgb[1]) * 255,
          Number(srgb[2]) * 255,
          Number(srgb[3]) * 255,
          srgb[4] === undefined ? 1 : Number(srgb[4])
        ]
      const rgb = css.match(/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/)
      if (rgb)
        return [
          Number(rgb[1]),
          Number(rgb[2]),
          Number(rgb[3]),
          rgb[4] === undefined ? 1 : Number(rgb[4])
        ]
      return [0, 0, 0, 0]
    }
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3] + bottom[3] * (1 - top[3])
      if (a === 0) return [0, 0, 0, 0]
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a
      return [mix(0), mix(1), mix(2), a]
    }
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    const backdrop = (el: Element): Rgba => {
      const layers: Rgba[] = []
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor)
        if (bg[3] > 0) layers.push(bg)
        if (bg[3] >= 1) break
      }
      let colour: Rgba = [255, 255, 255, 1]
      for (const layer of layers.reverse()) colour = over(layer, colour)
      return colour
    }
    const found: string[] = []
    for (const root of document.querySelectorAll(scope)) {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        const text = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .trim()
        if (!text || el.getClientRects().length === 0 || el.closest('svg')) continue
        const style = getComputedStyle(el)
        if (style.visibility === 'hidden' || (el as HTMLButtonElement).disabled) continue
        const bg = backdrop(el)
        const fg = over(parse(style.color), bg)
        const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number]
        const ratio = (hi + 0.05) / (lo + 0.05)
        const size = parseFloat(style.fontSize)
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
        if (ratio < (large ? 3 : 4.5))
          found.push(
            `"${text.slice(0, 40)}" (${el.className}): ${ratio.toFixed(2)}:1, ${style.color} on rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`
          )
      }
    }
    return found
  }, selector)
}
