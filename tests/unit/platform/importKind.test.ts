import { describe, expect, it } from 'vitest'
import { embedDiagramInPng } from '../../../src/shared/interchange/pngEmbed'
import { isImportable } from '../../../src/renderer/src/workflow/importKind'

const bytes = (text: string) => new TextEncoder().encode(text)

/** A 1×1 PNG, as in the main-process tests. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64'
)

const DIAGRAM = JSON.stringify({
  format: 'pipewright/diagram',
  version: 5,
  name: 'x',
  nodes: [],
  edges: []
})

const MULTI_PAGE = `<mxfile host="app.diagrams.net" version="24.7.5">
  <diagram id="a1" name="Ingest &amp; store"><mxGraphModel><root><mxCell id="0"/></root></mxGraphModel></diagram>
  <diagram name="Serving" id="b2">7ZbBjpswEIafhrtx</diagram>
  <diagram id="c3"><mxGraphModel/></diagram>
</mxfile>`

describe('isImportable: what a dropped file becomes', () => {
  it('imports templates, YAML or JSON, whatever they are called', () => {
    expect(
      isImportable(
        'stack.yaml',
        bytes(
          'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n'
        )
      )
    ).toBe(true)
    expect(
      isImportable(
        'stack.json',
        bytes('{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}')
      )
    ).toBe(true)
    expect(
      isImportable('stack.template', bytes('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n'))
    ).toBe(true)
  })

  it('imports draw.io files, plain, as XML, or embedded in an SVG or a PNG', () => {
    expect(isImportable('flow.drawio', bytes(MULTI_PAGE))).toBe(true)
    expect(isImportable('flow.xml', bytes(MULTI_PAGE))).toBe(true)
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" content="&lt;mxfile&gt;&lt;diagram name=&quot;Page-1&quot;&gt;x&lt;/diagram&gt;&lt;/mxfile&gt;"><rect/></svg>`
    expect(isImportable('flow.drawio.svg', bytes(svg))).toBe(true)
    expect(isImportable('flow.drawio.png', TINY_PNG)).toBe(true)
  })

  it('opens Pipewright diagrams and the PNGs and SVGs Pipewright exported, and anything unknown', () => {
    expect(isImportable('a.pipewright.json', bytes(DIAGRAM))).toBe(false)
    expect(isImportable('a.png', embedDiagramInPng(TINY_PNG, DIAGRAM))).toBe(false)
    // Even named like a draw.io file, an embedded Pipewright diagram opens.
    expect(isImportable('a.drawio.png', embedDiagramInPng(TINY_PNG, DIAGRAM))).toBe(false)
    expect(isImportable('plain.png', TINY_PNG)).toBe(false)
    expect(isImportable('a.svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(false)
    expect(isImportable('broken.json', bytes('{"format": '))).toBe(false)
  })
})
