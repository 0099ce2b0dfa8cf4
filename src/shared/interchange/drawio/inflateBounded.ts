import { Inflate, Unzlib } from 'fflate'
import { DRAWIO_LIMITS } from './drawioLimits'

export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string }

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_VALUE = new Map(Array.from({ length: BASE64.length }, (_, i) => [BASE64[i]!, i]))

/** Strict base64 (white space allowed, padding optional); shared code has no atob. */
export function decodeBase64(text: string): BytesResult {
  const clean = text.replace(/[\s]+/g, '').replace(/={1,2}$/, '')
  if (clean.length % 4 === 1 || clean.length === 0)
    return { ok: false, message: 'is not valid base64 (its length is wrong).' }
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let bits = 0
  let value = 0
  let at = 0
  for (let i = 0; i < clean.length; i++) {
    const v = BASE64_VALUE.get(clean[i]!)
    if (v === undefined)
      return { ok: false, message: `is not valid base64 (it contains "${clean[i]!}").` }
    value = (value << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at++] = (value >> bits) & 0xff
    }
  }
  return { ok: true, bytes: out.subarray(0, at) }
}

function bounded(
  make: (ondata: (chunk: Uint8Array, final: boolean) => void) => {
    push(chunk: Uint8Array, final?: boolean): void
  },
  input: Uint8Array,
  limit: number
): BytesResult {
  const parts: Uint8Array[] = []
  // Written by the inflater's callback, so kept in an object the checks below read afresh.
  const state = { total: 0, done: false, tooBig: false }
  const stream = make((chunk, final) => {
    state.total += chunk.length
    if (state.total > limit) state.tooBig = true
    else parts.push(chunk)
    if (final) state.done = true
  })
  try {
    const slice = DRAWIO_LIMITS.inflateSliceBytes
    for (let i = 0; i < input.length && !state.tooBig; i += slice) {
      const end = Math.min(input.length, i + slice)
      stream.push(input.subarray(i, end), end === input.length)
    }
  } catch {
    return { ok: false, message: 'is not valid compressed (deflate) data.' }
  }
  if (state.tooBig)
    return {
      ok: false,
      message: `expands to more than ${String(limit / (1024 * 1024))} MB when decompressed, so it is refused (a file this size is more likely a decompression bomb than a diagram).`
    }
  if (!state.done) return { ok: false, message: 'is cut short: its compressed data ends early.' }
  const out = new Uint8Array(state.total)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return { ok: true, bytes: out }
}

/** Raw deflate (draw.io's compressed pages), stopping at `limit` bytes of output. */
export function inflateRawBounded(
  input: Uint8Array,
  limit: number = DRAWIO_LIMITS.maxInflatedBytes
): BytesResult {
  return bounded((ondata) => new Inflate(ondata), input, limit)
}

/** zlib-wrapped deflate (PNG zTXt/iTXt chunks), stopping at `limit` bytes of output. */
export function unzlibBounded(
  input: Uint8Array,
  limit: number = DRAWIO_LIMITS.maxInflatedBytes
): BytesResult {
  return bounded((ondata) => new Unzlib(ondata), input, limit)
}

/** Bytes as Latin-1 text: draw.io compresses URI-encoded (ASCII) text. */
export function latin1(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += 8192)
    parts.push(String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 8192))))
  return parts.join('')
}
