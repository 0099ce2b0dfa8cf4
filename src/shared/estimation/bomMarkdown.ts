import type { BillOfMaterials } from './billOfMaterials'
import { capacityText } from './billOfMaterials'
import { gradeText, moneyText, perUnitText, quantityText, unitPriceText } from './costLine'
import type { LineItem } from './pricing/priceBook'
import { GRADE_MEANINGS } from './pricing/types'

/**
 * The bill of materials as GitHub-flavoured Markdown, short enough for a pull-request comment:
 * a heading with the total and the price date, one table with a row per service (its capacity
 * beneath its name) and a row per line item, the total, the assumptions and what the price
 * grades mean.
 */

/**
 * Text from the file (a label, the diagram's name) as literal Markdown: punctuation that would
 * start emphasis, a link, HTML, an entity, a table cell or GitHub's inline math is
 * backslash-escaped; line breaks become spaces (a table cell is one line); other control and
 * bidirectional characters are written as `\u202e` so a label cannot reorder what a reviewer
 * reads; and an `@` or `#` before a word gets a word joiner, so a label cannot mention a person
 * or team, or link an issue, in the comment it is pasted into.
 */
export function markdownText(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<>|&~$]/g, '\\$&')
      .replace(/\r\n|[\r\n\t]/g, ' ')
      .replace(
        // eslint-disable-next-line no-control-regex -- control characters are what this escapes
        /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
      )
      // U+2060 WORD JOINER: invisible, and no longer "@name" to GitHub's mention and issue links.
      .replace(/([@#])(?=\w)/g, '$1\u2060')
  )
}

const md = markdownText

function priceCell(item: LineItem): string {
  if (item.overridden) return 'your price'
  if (!item.asOf || !item.grade) return ''
  return `${item.asOf}, ${gradeText(item.grade)}`
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

export function bomToMarkdown(bom: BillOfMaterials): string {
  const { region, asOf } = bom.pricing
  const lines: string[] = [
    `## Bill of materials: ${md(bom.name)}`,
    '',
    `**${md(moneyText(bom.totalMonthlyUSD))} per month**, ${md(region)} list prices as of ${asOf} (the oldest price used).`,
    ''
  ]
  if (bom.services.length === 0) lines.push('Nothing in this diagram has a cost yet.', '')
  else {
    lines.push(
      row(['Service and line item', 'Quantity', 'Unit price', 'Price as of', 'Monthly']),
      row([':--', '--:', '--:', ':--', '--:'])
    )
    for (const s of bom.services) {
      const name =
        s.label === s.service ? `**${md(s.label)}**` : `**${md(s.label)}** (${md(s.service)})`
      const capacity = capacityText(s)
      lines.push(
        row([
          capacity ? `${name}<br>${md(capacity)}` : name,
          '',
          '',
          '',
          `**${md(moneyText(s.monthlyUSD))}**`
        ])
      )
      for (const i of s.items)
        lines.push(
          row([
            `&emsp;${md(i.item)}`,
            md(quantityText(i)),
            md(`${unitPriceText(i.unitPriceUSD)} ${perUnitText(i.unit)}`),
            priceCell(i),
            md(moneyText(i.costUSD))
          ])
        )
    }
    lines.push(row(['**Total**', '', '', '', `**${md(moneyText(bom.totalMonthlyUSD))}**`]), '')
  }
  if (bom.unpriced.length > 0)
    lines.push(`No charge counted for: ${bom.unpriced.map(md).join(', ')}.`, '')
  lines.push('**Assumptions**', '', ...bom.assumptions.map((a) => `- ${md(a)}`), '')
  const overridden = bom.services.some((s) => s.items.some((i) => i.overridden))
  const grades = bom.grades.map((g) => `${gradeText(g)}: ${GRADE_MEANINGS[g]}`)
  if (overridden) grades.push('your price: a unit price you entered for this diagram')
  if (grades.length > 0) lines.push(`**Price grades**: ${md(grades.join('; '))}.`)
  return `${lines.join('\n')}\n`
}
