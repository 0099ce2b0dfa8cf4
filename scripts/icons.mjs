#!/usr/bin/env node
// npm run icons: makes every icon electron-builder needs from the one 512×512 source,
// resources/icon.png (itself rendered once from resources/icon.svg with
// `rsvg-convert -w 512 -h 512 resources/icon.svg -o resources/icon.png`). Pure JavaScript
// (png2icons), so it runs the same on every platform and needs no ImageMagick or iconutil.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import png2icons from 'png2icons'

const RESOURCES = join(dirname(fileURLToPath(import.meta.url)), '../resources')
export const SOURCE = join(RESOURCES, 'icon.png')
/** The Linux sizes (hicolor theme); 512 is the source itself. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]

/** The PNG images inside an ICO file, by width (png2icons writes 16 to 256 when asked for PNG entries). */
export function pngsInIco(ico) {
  const count = ico.readUInt16LE(4)
  const images = new Map()
  for (let i = 0; i < count; i++) {
    const entry = 6 + i * 16
    const width = ico.readUInt8(entry) || 256
    const size = ico.readUInt32LE(entry + 8)
    const offset = ico.readUInt32LE(entry + 12)
    images.set(width, ico.subarray(offset, offset + size))
  }
  return images
}

export function makeIcons(source = readFileSync(SOURCE)) {
  const { BICUBIC2, createICNS, createICO } = png2icons
  const icns = createICNS(source, BICUBIC2, 0)
  // forWinExe: PNG entries from 64 up, bitmaps below, as Windows' file properties dialog wants.
  const ico = createICO(source, BICUBIC2, 0, false, true)
  const pngIco = createICO(source, BICUBIC2, 0, true)
  if (!icns || !ico || !pngIco) throw new Error(`${SOURCE} is not a PNG png2icons can read`)
  const pngs = pngsInIco(pngIco)
  pngs.set(512, source)
  const files = new Map([
    ['icon.icns', icns],
    ['icon.ico', ico]
  ])
  for (const size of LINUX_SIZES) {
    const png = pngs.get(size)
    if (!png) throw new Error(`png2icons made no ${size}×${size} image`)
    files.set(`icons/${size}x${size}.png`, png)
  }
  return files
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(join(RESOURCES, 'icons'), { recursive: true })
  for (const [name, bytes] of makeIcons()) {
    writeFileSync(join(RESOURCES, name), bytes)
    console.log(`resources/${name} (${bytes.length} bytes)`)
  }
}
