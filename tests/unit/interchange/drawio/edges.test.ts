import { describe, expect, it } from 'vitest'
import { importDrawio } from '../../../../src/shared/interchange/drawio/importDrawio'
import { arrow, edgesOf, group, imported, model, res, vertex } from './drawioFiles'

// Kinesis at 0..78, Lambda at 300..378, S3 at 600..678, all on one row.
const ROW =
  vertex('k', res('kinesis_data_streams'), [0, 0, 78, 78], 'stream') +
  vertex('f', res('lambda'), [300, 0, 78, 78], 'fn') +
  vertex('s', res('s3'), [600, 0, 78, 78], 'lake')

function run(cells: string) {
  return imported(importDrawio({ text: model(ROW + cells) }, 'e.drawio'))
}
const entry = (r: ReturnType<typeof run>, id: string) =>
  r.report.entries.find((e) => e.sourceId === id)!

describe('draw.io arrows', () => {
  it('runs from source to target by default', () => {
    expect(edgesOf(run(arrow('a', { source: 'k', target: 'f' })).diagram)).toEqual(['k->f'])
  })

  it('is reversed when the only arrowhead is at the start', () => {
    const r = run(
      arrow('a', { source: 'f', target: 'k' }, 'endArrow=none;startArrow=block;startFill=1;')
    )
    expect(edgesOf(r.diagram)).toEqual(['k->f'])
    expect(entry(r, 'a').detail).toMatch(/flow runs from its target to its source/)
  })

  it('takes both-way and headless arrows as drawn, and says so', () => {
    const both = run(
      arrow('a', { source: 'k', target: 'f' }, 'startArrow=classic;endArrow=classic;')
    )
    expect(edgesOf(both.diagram)).toEqual(['k->f'])
    expect(entry(both, 'a').detail).toMatch(/both ends.*check the direction/)
    const none = run(arrow('a', { source: 'k', target: 'f' }, 'endArrow=none;'))
    expect(edgesOf(none.diagram)).toEqual(['k->f'])
    expect(entry(none, 'a').detail).toMatch(/no arrowhead/)
  })

  it('attaches ends that are only near a shape, through waypoints', () => {
    const cells = arrow(
      'a',
      { sourcePoint: [90, 40], targetPoint: [290, 30] },
      'edgeStyle=orthogonalEdgeStyle;'
    )
    const r = run(
      cells.replace(
        '</mxGeometry>',
        '<Array as="points"><mxPoint x="200" y="200"/></Array></mxGeometry>'
      )
    )
    expect(edgesOf(r.diagram)).toEqual(['k->f'])
    expect(entry(r, 'a').detail).toMatch(/start only comes near “stream”.*end only comes near “fn”/)
  })

  it('leaves an arrow with an end far from every shape undrawn, and reports why', () => {
    const r = run(arrow('a', { source: 'k', targetPoint: [150, 400] }))
    expect(r.diagram.edges).toEqual([])
    expect(entry(r, 'a')).toMatchObject({ outcome: 'not-pipeline' })
    expect(entry(r, 'a').detail).toMatch(/loose, not within 30 px/)
  })

  it('attaches an arrow on a frame to the one service inside, and refuses to guess among several', () => {
    const one =
      vertex('g', group('group_vpc'), [280, -40, 140, 160], 'VPC') +
      arrow('a', { source: 'k', target: 'g' })
    const r = imported(
      importDrawio(
        {
          text: model(
            ROW.replace('parent="1"><mxGeometry x="300"', 'parent="g"><mxGeometry x="20"') + one
          )
        },
        'g.drawio'
      )
    )
    expect(edgesOf(r.diagram)).toEqual(['k->f'])
    expect(entry(r, 'a').detail).toMatch(/on the frame “VPC” around it/)
    const two = run(
      vertex('g', group('group_vpc'), [-20, -20, 420, 120], 'VPC') +
        arrow('a', { source: 'g', target: 's' })
    )
    expect(two.diagram.edges).toEqual([])
    expect(entry(two, 'a').detail).toMatch(/holds 2 services/)
  })

  it('attaches an arrow on the text of a service to that service', () => {
    const r = run(
      vertex(
        't',
        'text;html=1;strokeColor=none;fillColor=none;',
        [0, 80, 78, 20],
        'fn caption',
        'f'
      ) + arrow('a', { source: 'k', target: 't' })
    )
    expect(edgesOf(r.diagram)).toEqual(['k->f'])
    expect(entry(r, 't').outcome).toBe('setting')
  })

  it('draws a repeated connection once, and no self-loops', () => {
    const r = run(
      arrow('a', { source: 'k', target: 'f' }) +
        arrow('b', { source: 'k', target: 'f' }, 'edgeStyle=none;', 'again') +
        arrow('c', { source: 'f', target: 'f' })
    )
    expect(r.diagram.edges.map((e) => e.id)).toEqual(['a'])
    expect(entry(r, 'b')).toMatchObject({ outcome: 'edge', edgeIds: ['a'] })
    expect(entry(r, 'c').outcome).toBe('not-pipeline')
  })

  it('keeps edge labels, its own and its label cells, in the report', () => {
    const r = run(
      arrow('a', { source: 'f', target: 's' }, 'html=1;', 'PutObject') +
        `<mxCell id="l" value="every &lt;b&gt;5&lt;/b&gt; min" style="edgeLabel;html=1;" vertex="1" connectable="0" parent="a"><mxGeometry x="-0.2" relative="1" as="geometry"/></mxCell>`
    )
    expect(entry(r, 'a').detail).toContain('labelled “PutObject / every 5 min”')
    expect(entry(r, 'l')).toMatchObject({ outcome: 'not-pipeline' })
    expect(r.diagram.notes ?? []).toEqual([])
  })

  it('reads points of an arrow inside a group relative to that group', () => {
    const cells =
      vertex('g', group('group_region'), [1000, 1000, 800, 300], 'Region') +
      vertex('a1', res('sqs'), [20, 20, 78, 78], 'in', 'g') +
      vertex('b1', res('lambda'), [400, 20, 78, 78], 'work', 'g') +
      arrow('x', { sourcePoint: [105, 60], targetPoint: [395, 60] }, 'html=1;', '', 'g')
    const r = imported(importDrawio({ text: model(cells) }, 'r.drawio'))
    expect(edgesOf(r.diagram)).toEqual(['a1->b1'])
  })
})
