/**
 * Characters GitHub's Markdown reads as formatting inside a line: each is written with a
 * backslash. (`- + .` matter only at the start of a line, where file text never is; `[` escaped
 * is enough to stop a link or an image.)
 */
const PUNCTUATION = /[\\`*_[\]|~$#]/g

/**
 * Text from a file (a label, a message naming one) as Markdown that shows it as it is: no link,
 * image, table cell break, HTML, math ($…$) or heading comes out of it, and an `@name` or `#12`
 * pings no one and links no issue (a zero-width space after the sign: GitHub looks for mentions
 * in the rendered text, so an escape alone would not stop one). A newline becomes a space: a
 * list item or a table row stays one line.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(PUNCTUATION, (c) => `\\${c}`)
    .replace(/([@#])(?=\w)/g, '$1\u200b')
}

/** An id or a code in a code span: ids are letters, digits and `_ . : -`, so no backtick can end it. */
export function markdownCode(text: string): string {
  return /^[A-Za-z0-9_.:-]+$/.test(text) ? `\`${text}\`` : markdownText(text)
}

/** Our own text with money in it: only `$` needs care, or GitHub reads "$1 → $2" as math. */
export function markdownMoney(text: string): string {
  return text.replace(/\$/g, '\\$')
}
