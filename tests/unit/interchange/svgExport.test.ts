import { describe, expect, it } from 'vitest'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import type { Diagram } from '../../../src/shared/diagram/types'
import { extractDiagramFromSvg } from '../../../src/shared/interchange/svgEmbed'
import { edgeLabelContent } from '../../../src/shared/diagram/edgeLabelContent'
import { diagramToSvg } from '../../../src/shared/interchange/svgExport'
import { serviceCardSize } from '../../../src/shared/interchange/svgServiceCard'
import { PALETTES } from '../../../src/shared/theme/palette'
import { diagram, edge, node } from '../helpers'
import { elements, parseXml, textOf, type XmlElement } from './strictXml'
import { appLikeInput, exportLikeApp, iconSource, loadTemplate, tenNodeDiagram } from './svgSample'

function reopen(svg: string): Diagram {
  const extracted = extractDiagramFromSvg(svg)
  if (!extracted.ok) throw new Error(extracted.message)
  const loaded = loadDiagram(extracted.text)
  if (!loaded.ok) throw new Error(loaded.error.message)
  return loaded.diagram
}

function texts(root: XmlElement): string[] {
  return elements(root, 'text').map(textOf)
}

describe('SVG export', () => {
  const ten = tenNodeDiagram()
  const tenSvg = exportLikeApp(ten)
  const template = loadTemplate('clickstream-data-lake.pipewright.json')
  const templateSvg = exportLikeApp(template)

  it('is well-formed XML whose root is an SVG element with a size and a view box', () => {
    for (const svg of [tenSvg, templateSvg]) {
      const root = parseXml(svg)
      expect(root.name).toBe('svg')
      expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg')
      expect(Number(root.attributes.width)).toBeGreaterThan(0)
      expect(root.attributes.viewBox?.split(' ')).toHaveLength(4)
    }
  })

  it('draws nodes, edges and labels as shapes and text, not HTML in a foreignObject', () => {
    const root = parseXml(templateSvg)
    expect(elements(root, 'foreignObject')).toEqual([])
    expect(elements(root, 'g').filter((g) => g.attributes.class === 'service')).toHaveLength(
      template.nodes.length
    )
    const edgeGroups = elements(root, 'g').filter((g) =>
      g.attributes.class?.startsWith('edge verdict-')
    )
    expect(edgeGroups).toHaveLength(template.edges.length)
    // A curve and its arrowhead, in the verdict's colour.
    for (const g of edgeGroups) {
      const [curve, arrow] = elements(g, 'path')
      expect(curve!.attributes.d).toMatch(/^M[-\d.]+,[-\d.]+ C/)
      expect(arrow!.attributes.d).toMatch(/Z$/)
      expect(curve!.attributes.stroke).toBe(PALETTES.light.verdict.ok)
      expect(arrow!.attributes.fill).toBe(PALETTES.light.verdict.ok)
    }
    const shown = texts(root)
    expect(shown).toContain('Amazon S3')
    expect(shown).toContain('Raw clicks')
    expect(shown).toContain('✓ PutRecords (SDK / KPL)')
    // Capacity and cost badges.
    expect(shown.some((t) => /^\d+ shards?$/.test(t))).toBe(true)
    expect(shown.some((t) => /^\$[\d.,]+\/mo$/.test(t))).toBe(true)
    expect(
      root.children.some(
        (c) =>
          typeof c !== 'string' &&
          c.name === 'g' &&
          /DejaVu Sans', sans-serif$/.test(c.attributes['font-family'] ?? '')
      )
    ).toBe(true)
  })

  it('draws an error edge dashed in the error colour with its label', () => {
    const d = diagram(
      [
        node('a', 's3', { x: 0 }),
        node('b', 'redshift-spectrum', { x: 400 }),
        node('c', 'quicksight', { x: 800 })
      ],
      [edge('a', 'c')]
    )
    const root = parseXml(
      diagramToSvg({
        ...appLikeInput(d),
        verdicts: new Map([['a:c', 'error']]),
        edgeLabels: { 'a:c': edgeLabelContent('error', undefined, undefined) }
      })
    )
    const [curve] = elements(
      elements(root, 'g').find((g) => g.attributes.class === 'edge verdict-error')!,
      'path'
    )
    expect(curve!.attributes.stroke).toBe(PALETTES.light.verdict.error)
    expect(curve!.attributes['stroke-dasharray']).toBe('6 4')
    expect(texts(root)).toContain('✗ Not a direct integration')
  })

  it('draws an error edge’s suggested fix as the canvas’s fix button', () => {
    const d = diagram(
      [node('a', 's3', { x: 0 }), node('c', 'quicksight', { x: 800 })],
      [edge('a', 'c')]
    )
    const svg = diagramToSvg({
      ...appLikeInput(d),
      verdicts: new Map([['a:c', 'error']]),
      edgeLabels: { 'a:c': edgeLabelContent('error', undefined, 'Insert Amazon Athena') }
    })
    const label = elements(parseXml(svg), 'g').find((g) => g.attributes.class === 'edge-label')!
    expect(elements(label, 'text').map(textOf)).toEqual([
      '✗ Not a direct integration',
      'Fix: Insert Amazon Athena'
    ])
    expect(elements(label, 'rect').some((r) => r.attributes.stroke === PALETTES.light.accent)).toBe(
      true
    )
  })

  it('draws frames and notes with their text', () => {
    const root = parseXml(tenSvg)
    expect(elements(root, 'g').filter((g) => g.attributes.class === 'group')).toHaveLength(1)
    const note = elements(root, 'g').find((g) => g.attributes.class === 'note')!
    // Wrapped at spaces into lines of the note's width.
    expect(elements(note, 'tspan').map(textOf).join(' ')).toContain(
      'Nightly batch window: 01:00–03:00 UTC. Owner: data platform team ]]> <b>not bold</b>'
    )
  })

  it('escapes hostile text: labels stay text, never markup', () => {
    const root = parseXml(tenSvg)
    expect(elements(root, 'script')).toEqual([])
    expect(elements(root, 'b')).toEqual([])
    const shown = texts(root).join('\n')
    expect(shown).toContain('Ops alerts & <pager>')
    expect(shown).toContain('<b>not bold</b>')
    expect(shown).toContain('</text><script>')
    expect(textOf(elements(root, 'title')[0]!)).toBe('Ten <services> & "friends"')
  })

  it('stays well-formed with characters XML cannot hold, and the metadata keeps them exactly', () => {
    const d = diagram(
      [node('a', 's3', { label: 'bell\u0007 and \uffff and lone \ud800 end ]]> x' })],
      [],
      'odd \u0001 name'
    )
    const svg = exportLikeApp(d)
    expect(() => parseXml(svg)).not.toThrow()
    expect(reopen(svg)).toEqual(d)
  })

  it('carries the diagram in <metadata>: reopening gives back the same diagram, through loadDiagram', () => {
    expect(reopen(tenSvg)).toEqual(ten)
    expect(reopen(templateSvg)).toEqual(template)
    expect(elements(parseXml(tenSvg), 'metadata')).toHaveLength(1)
  })

  it('is under 150 KB for a 10-node diagram', () => {
    expect(ten.nodes).toHaveLength(10)
    expect(new TextEncoder().encode(tenSvg).length).toBeLessThan(150 * 1024)
  })

  it('inlines each service icon once as a <symbol>, used by every node of that service', () => {
    const d = diagram([
      node('a', 's3', { x: 0 }),
      node('b', 's3', { x: 300 }),
      node('c', 's3', { x: 600 }),
      node('d', 'athena', { x: 900 })
    ])
    const root = parseXml(exportLikeApp(d))
    const symbols = elements(root, 'symbol')
    expect(symbols.map((s) => s.attributes.id).sort()).toEqual(['icon-athena', 'icon-s3'])
    const uses = elements(root, 'use').map((u) => u.attributes['xlink:href'])
    expect(uses.filter((h) => h === '#icon-s3')).toHaveLength(3)
    expect(uses.filter((h) => h === '#icon-athena')).toHaveLength(1)
    for (const s of symbols) expect(s.attributes.viewBox).toMatch(/^0 0 \d+ \d+$/)
  })

  it('prefixes the ids inside an icon, and every reference inside it still resolves', () => {
    expect(iconSource('quicksight')).toMatch(/id="svg-/)
    const svg = exportLikeApp(diagram([node('q', 'quicksight')]))
    const root = parseXml(svg)
    const ids = new Set(
      elements(root, 'symbol')
        .flatMap((s) => [s, ...allElements(s)])
        .map((e) => e.attributes.id)
        .filter(Boolean)
    )
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!)
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs) {
      expect(ref.startsWith('icon-quicksight-')).toBe(true)
      expect(ids.has(ref)).toBe(true)
    }
  })

  it('sizes an unmeasured card like the canvas: as wide as its text within 190–260, taller with more lines', () => {
    const measure = (text: string) => text.length * 7
    expect(serviceCardSize(node('a', 's3'), undefined, measure)).toEqual({ width: 190, height: 56 })
    expect(
      serviceCardSize(node('a', 's3', { label: 'x'.repeat(25) }), undefined, measure).width
    ).toBe(25 * 7 + 71)
    const tall = serviceCardSize(
      node('a', 's3', { label: 'x'.repeat(60) }),
      { capacity: '4 shards', cost: '$1.00/mo' },
      measure
    )
    expect(tall.width).toBe(260)
    expect(tall.height).toBeGreaterThan(56)
  })

  it('paints the dark palette when asked', () => {
    const svg = diagramToSvg({ ...appLikeInput(template), theme: 'dark' })
    expect(svg).toContain(`fill="${PALETTES.dark.canvasBg}"`)
    expect(svg).toContain(`stroke="${PALETTES.dark.verdict.ok}"`)
  })
})

function allElements(e: XmlElement): XmlElement[] {
  return e.children.flatMap((c) => (typeof c === 'string' ? [] : [c, ...allElements(c)]))
}
