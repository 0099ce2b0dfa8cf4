import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LINUX_SIZES, makeIcons } from '../../scripts/icons.mjs'

/** The committed icons are what their names say, and what npm run icons makes from the source. */

const RESOURCES = resolve(__dirname, '../../resources')
const read = (name: string) => readFileSync(join(RESOURCES, name))
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG: wrong signature')
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: no IHDR first')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** The ICNS element types and their bytes. */
function icnsElements(bytes: Buffer): Map<string, Buffer> {
  expect(bytes.toString('latin1', 0, 4)).toBe('icns')
  expect(bytes.readUInt32BE(4)).toBe(bytes.length)
  const elements = new Map<string, Buffer>()
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at + 4)
    expect(length).toBeGreaterThan(8)
    elements.set(bytes.toString('latin1', at, at + 4), bytes.subarray(at + 8, at + length))
    at += length
  }
  return elements
}

/** Each ICO directory entry: its size (0 in the byte means 256) and whether the image is PNG or a bitmap of that size. */
function icoEntries(
  bytes: Buffer
): Array<{ size: number; format: 'png' | 'bmp'; imageSize: number }> {
  expect(bytes.readUInt16LE(0)).toBe(0)
  expect(bytes.readUInt16LE(2)).toBe(1)
  const count = bytes.readUInt16LE(4)
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + i * 16
    const size = bytes.readUInt8(entry) || 256
    expect(bytes.readUInt8(entry + 1) || 256).toBe(size)
    const image = bytes.subarray(
      bytes.readUInt32LE(entry + 12),
      bytes.readUInt32LE(entry + 12) + bytes.readUInt32LE(entry + 8)
    )
    if (image.subarray(0, 8).equals(PNG_SIGNATURE))
      return { size, format: 'png' as const, imageSize: pngSize(image).width }
    // BITMAPINFOHEADER: 40 bytes, width, then twice the height (image and mask).
    expect(image.readUInt32LE(0)).toBe(40)
    expect(image.readInt32LE(8)).toBe(2 * image.readInt32LE(4))
    return { size, format: 'bmp' as const, imageSize: image.readInt32LE(4) }
  })
}

describe('app icons (resources/)', () => {
  it('has a 512×512 PNG source, drawn from resources/icon.svg', () => {
    expect(pngSize(read('icon.png'))).toEqual({ width: 512, height: 512 })
    expect(read('icon.svg').toString('utf8')).toMatch(/<svg[^>]*viewBox="0 0 512 512"/)
  })

  it('has a Linux PNG of each size, each as large as its name says', () => {
    expect(LINUX_SIZES).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256, 512]))
    for (const size of LINUX_SIZES)
      expect(pngSize(read(`icons/${size}x${size}.png`)), `${size}x${size}.png`).toEqual({
        width: size,
        height: size
      })
  })

  it('has an ICNS with every size macOS asks for, 16 to 512@2x, each a PNG of its size', () => {
    const elements = icnsElements(read('icon.icns'))
    // https://en.wikipedia.org/wiki/Apple_Icon_Image_format: PNG element types and their pixel sizes.
    const pngTypes = {
      ic11: 32,
      ic12: 64,
      ic07: 128,
      ic13: 256,
      ic08: 256,
      ic14: 512,
      ic09: 512,
      ic10: 1024
    }
    for (const [type, pixels] of Object.entries(pngTypes)) {
      expect(elements.has(type), `no ${type}`).toBe(true)
      expect(pngSize(elements.get(type)!), type).toEqual({ width: pixels, height: pixels })
    }
    // 16×16 and 32×32 as RGB with their 8-bit masks, for older macOS.
    for (const type of ['is32', 's8mk', 'il32', 'l8mk'])
      expect(elements.has(type), `no ${type}`).toBe(true)
    expect(elements.get('s8mk')!.length).toBe(16 * 16)
    expect(elements.get('l8mk')!.length).toBe(32 * 32)
  })

  it('has an ICO with 16 to 256, PNG from 64 up and bitmaps below, each image the size its entry says', () => {
    const entries = icoEntries(read('icon.ico'))
    expect(entries.map((e) => e.size).sort((a, b) => a - b)).toEqual([
      16, 24, 32, 48, 64, 72, 96, 128, 256
    ])
    for (const entry of entries) {
      expect(entry.imageSize).toBe(entry.size)
      expect(entry.format).toBe(entry.size >= 64 ? 'png' : 'bmp')
    }
  })

  it('are exactly what npm run icons makes from the source', () => {
    const made = makeIcons(read('icon.png'))
    expect([...made.keys()].sort()).toEqual(
      ['icon.icns', 'icon.ico', ...LINUX_SIZES.map((s) => `icons/${s}x${s}.png`)].sort()
    )
    for (const [name, bytes] of made)
      expect(read(name).equals(bytes), `resources/${name} is out of date: run npm run icons`).toBe(
        true
      )
  })
})
