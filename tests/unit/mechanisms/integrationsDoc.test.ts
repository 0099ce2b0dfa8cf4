import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatCitation } from '../../../src/shared/catalog/citations'
import { SERVICES } from '../../../src/shared/catalog/services'
import { MECHANISMS } from '../../../src/shared/mechanisms/all'
import {
  INTEGRATIONS_DOC_COMMAND,
  INTEGRATIONS_DOC_PATH,
  renderIntegrationsDoc
} from '../../../src/shared/mechanisms/integrationsDoc'
import { renderIntegrationsDocWithCodes } from '../../../src/shared/report/problemCodesDoc'

const ROOT = resolve(__dirname, '../../..')
const doc = renderIntegrationsDoc()

/** The text of one service's section, from its anchor to the next one. */
function section(id: string): string {
  const start = doc.indexOf(`<a id="${id}"></a>`)
  const next = doc.indexOf('<a id="', start + 1)
  return doc.slice(start, next < 0 ? undefined : next)
}

describe('docs/integrations.md', () => {
  it('is what the mechanism data renders', () => {
    let committed = ''
    try {
      committed = readFileSync(resolve(ROOT, INTEGRATIONS_DOC_PATH), 'utf8')
    } catch {
      // Missing: reported below like any stale file.
    }
    // The generator appends the problem codes (report/problemCodesDoc.ts) to the services.
    const expected = renderIntegrationsDocWithCodes()
    expect(expected.startsWith(doc)).toBe(true)
    if (committed === expected) return
    const a = committed.split('\n')
    const b = expected.split('\n')
    let line = 0
    while (line < a.length && line < b.length && a[line] === b[line]) line++
    expect.fail(
      `${INTEGRATIONS_DOC_PATH} is stale (first difference at line ${line + 1}): run \`${INTEGRATIONS_DOC_COMMAND}\` and commit the result.\n` +
        `  file: ${a[line] ?? '(end of file)'}\n  data: ${b[line] ?? '(end of file)'}`
    )
  })

  it('is the same text every time', () => {
    expect(renderIntegrationsDoc()).toBe(doc)
  })

  it('says it is generated and by which command', () => {
    expect(doc.slice(0, 600)).toContain(INTEGRATIONS_DOC_COMMAND)
    for (const kind of ['data', 'notification', 'metadata', 'control', 'keys', 'checkpoints'])
      expect(doc).toContain(`- \`${kind}\`: `)
  })

  it('has one section per service, in catalog order', () => {
    const headings = [...doc.matchAll(/^## (.+) \(`([a-z0-9-]+)`\)$/gm)].map((m) => m[2])
    expect(headings).toEqual(SERVICES.map((s) => s.id))
    for (const s of SERVICES) expect(section(s.id)).toContain(`## ${s.name} (\`${s.id}\`)`)
  })

  it('lists every mechanism in its owner’s section, with every citation it rests on', () => {
    for (const m of MECHANISMS) {
      expect(section(m.owner), m.id).toContain(`(\`${m.id}\`; carries \`${m.carries}\``)
      const citations = [m.citation, ...m.links.flatMap((l) => [l.citation, l.lifecycle?.citation])]
      for (const c of citations) if (c) expect(doc, m.id).toContain(formatCitation(c))
    }
  })

  it('shows each member under what its source sends to and what its target receives from', () => {
    const firehose = section('kinesis-firehose')
    const sendsTo = firehose.slice(
      firehose.indexOf('### Sends to'),
      firehose.indexOf('### Receives from')
    )
    expect(sendsTo).toContain('**Firehose destinations**')
    expect(sendsTo).toContain('[Amazon S3](#s3)')
    const s3 = section('s3')
    expect(s3.slice(s3.indexOf('### Receives from'))).toContain('**Firehose destinations**')
  })

  it('marks retired services and shows AWS’s notice in their sections', () => {
    for (const s of SERVICES.filter((x) => x.retired)) {
      expect(section(s.id), s.id).toContain('> **Retired:**')
      expect(section(s.id), s.id).toContain(formatCitation(s.retired!.citation))
      expect(doc, s.id).toContain(`[${s.name}](#${s.id}) (retired)`)
    }
  })

  it('shows lifecycle notices and caveats on the members they apply to', () => {
    for (const m of MECHANISMS) {
      for (const l of m.links) {
        if (l.caveat) expect(doc, m.id).toContain(l.caveat)
        if (l.lifecycle) expect(doc, m.id).toContain(l.lifecycle.notice)
      }
    }
  })
})
