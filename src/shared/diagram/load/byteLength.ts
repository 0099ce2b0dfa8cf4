/** Size of the text once saved as UTF-8, without Node's Buffer or the DOM's TextEncoder. */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4 // a surrogate pair is one code point
      i++
    } else bytes += 3
  }
  return bytes
}
