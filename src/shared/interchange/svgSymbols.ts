/**
 * A service icon (an SVG file's text) as a <symbol> the export draws with <use>, once per
 * service whatever the number of nodes. The ids inside the icon get the symbol's id as a prefix,
 * so two icons that both call a gradient "a" cannot take each other's.
 */
export function iconSymbol(symbolId: string, source: string): string | undefined {
  const text = source
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<title>[\s\S]*?<\/title>/g, '')
  const root = /<svg\b([^>]*)>([\s\S]*)<\/svg>\s*$/.exec(text.trim())
  if (!root) return undefined
  const attributes = root[1]!
  const viewBox = /\bviewBox="([^"]*)"/.exec(attributes)?.[1] ?? viewBoxFromSize(attributes)
  if (!viewBox) return undefined
  const prefix = `${symbolId}-`
  const body = root[2]!
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${prefix}${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}${id})`)
    .replace(
      /\b(xlink:)?href="#([^"]+)"/g,
      (_, xlink: string | undefined, id: string) => `${xlink ?? ''}href="#${prefix}${id}"`
    )
  return `<symbol id="${symbolId}" viewBox="${viewBox}">${body.trim()}</symbol>`
}

function viewBoxFromSize(attributes: string): string | undefined {
  const width = /\bwidth="([\d.]+)(px)?"/.exec(attributes)?.[1]
  const height = /\bheight="([\d.]+)(px)?"/.exec(attributes)?.[1]
  return width && height ? `0 0 ${width} ${height}` : undefined
}
