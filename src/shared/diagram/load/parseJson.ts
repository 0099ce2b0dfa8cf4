import sjson from 'secure-json-parse'
import type { LoadError } from './loadError'
import { forbiddenKeyError } from './messages'
import { checkTree } from './safeTree'

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: position - lineStart + 1 }
}

/**
 * V8 reports "Unexpected token" errors without a position, only with up to 10 characters of
 * context either side of the token (`..."<context>"...`); find the token from that context.
 */
const V8_UNEXPECTED_TOKEN =
  /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/
const V8_CONTEXT_CHARS = 10

function unexpectedTokenPosition(text: string, message: string): number | undefined {
  const m = V8_UNEXPECTED_TOKEN.exec(message)
  if (!m) return undefined
  const [, token, before, context = '', after] = m
  if (!before && !after) return text.indexOf(token!) // short text, shown whole
  if (!before) return context.length - V8_CONTEXT_CHARS // context starts at the beginning of the text
  if (!after) return text.length - context.length + V8_CONTEXT_CHARS // context runs to the end
  const at = text.indexOf(context)
  return at === -1 ? undefined : at + V8_CONTEXT_CHARS
}

function jsonErrorLocation(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message)
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) }
  const pos = /position (\d+)/.exec(message)
  const position = pos ? Number(pos[1]) : unexpectedTokenPosition(text, message)
  return lineAndColumn(text, position !== undefined && position >= 0 ? position : text.length)
}

/**
 * JSON.parse that refuses prototype-polluting keys, and on a syntax error says where (line and
 * column, which V8 does not always give) and what usually causes it.
 */
export function parseJson(
  input: string
): { ok: true; value: unknown } | { ok: false; error: LoadError } {
  // secure-json-parse skips one leading byte-order mark (some Windows editors write one) and
  // JSON.parse does not: the re-parse and the line and column below must use the text it parsed,
  // or a BOM before a "__proto__" key makes JSON.parse throw out of the loader.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  try {
    return {
      ok: true,
      value: sjson.parse(input, undefined, { protoAction: 'error', constructorAction: 'error' })
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    if (/forbidden prototype property/.test(message)) {
      // Plain JSON.parse only defines own properties, so it is safe here and lets us name the place.
      return {
        ok: false,
        error: checkTree(JSON.parse(text)) ?? forbiddenKeyError('(document)', '__proto__')
      }
    }
    const { line, column } = jsonErrorLocation(text, message)
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/,? in JSON at position \d+.*$/, '')
      .replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '')
    return {
      ok: false,
      error: {
        code: 'invalid-json',
        message: `Not valid JSON at line ${line}, column ${column}: ${reason}. Fix the syntax there (a missing comma, quote or bracket is the usual cause).`,
        line,
        column
      }
    }
  }
}
