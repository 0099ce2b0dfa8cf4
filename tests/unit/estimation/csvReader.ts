/**
 * A small RFC 4180 reader for the tests: records end in CRLF, a quoted field may hold commas,
 * CR, LF and doubled quotes. It refuses what RFC 4180 does not allow (a bare LF or CR outside
 * quotes, a quote inside an unquoted field, text after a closing quote), so a test that reads a
 * file with it also checks that the file is well formed.
 */
export function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  const fail = (why: string): never => {
    throw new Error(`Not RFC 4180 at ${i}: ${why}`)
  }
  while (i < text.length) {
    let field = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        if (i >= text.length) fail('unclosed quote')
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += text[i++]!
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') fail('text after a closing quote')
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"') fail('a quote in an unquoted field')
        if (text[i] === '\n') fail('a bare LF')
        field += text[i++]!
      }
    }
    row.push(field)
    if (text[i] === ',') {
      i++
      continue
    }
    if (text[i] === '\r') {
      if (text[i + 1] !== '\n') fail('a bare CR')
      i += 2
    }
    rows.push(row)
    row = []
  }
  return rows
}
