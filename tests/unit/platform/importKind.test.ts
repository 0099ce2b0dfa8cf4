import { describe, expect, it } from 'vitest'
import { embedDiagramInPng } from '../../../src/shared/interchange/pngEmbed'
import {
  drawioPageNames,
  importedName,
  isImportable
} from '../../../src/renderer/src/workflow/importKind'

const bytes = (text: string) => new TextEncoder().encode(text)

/** A 1×1 PNG, as in the main-process tests. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64'
)

const DIAGRAM = JSON.stringify({
  format: 'pipewright/diagram',
  version: 4,
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

describe('drawioPageNames', () => {
  it('lists every page in order, unescaped, naming a page without a name by its place', () => {
    expect(drawioPageNames(bytes(MULTI_PAGE))).toEqual(['Ingest & store', 'Serving', 'Page 3'])
  })

  it('reads the pages of a .drawio.svg from its escaped content attribute', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" content="&lt;mxfile host=&quot;x&quot;&gt;&lt;diagram id=&quot;1&quot; name=&quot;One&quot;&gt;abc&lt;/diagram&gt;&lt;diagram name=&quot;Two &amp;amp; more&quot;&gt;def&lt;/diagram&gt;&lt;/mxfile&gt;"/>`
    expect(drawioPageNames(bytes(svg))).toEqual(['One', 'Two & more'])
  })

  it('is empty for a template, a bare mxGraphModel and a PNG', () => {
    expect(drawioPageNames(bytes('Resources: {}\n'))).toEqual([])
    expect(drawioPageNames(bytes('<mxGraphModel><root/></mxGraphModel>'))).toEqual([])
    expect(drawioPageNames(TINY_PNG)).toEqual([])
  })
})

describe('importedName', () => {
  it('is the file name without its template or draw.io extensions', () => {
    expect(importedName('orders-stack.template')).toBe('orders-stack')
    expect(importedName('clicks.yaml')).toBe('clicks')
    expect(importedName('clicks.yml')).toBe('clicks')
    expect(importedName('clicks.json')).toBe('clicks')
    expect(importedName('flow.drawio')).toBe('flow')
    expect(importedName('flow.drawio.png')).toBe('flow')
    expect(importedName('flow.drawio.svg')).toBe('flow')
    expect(importedName('flow.drawio.xml')).toBe('flow')
    expect(importedName('flow.xml')).toBe('flow')
  })

  it('names the page of a multi-page file, and stays within the name limit', () => {
    expect(importedName('flow.drawio', 'Serving')).toBe('flow (Serving)')
    expect(importedName(`${'a'.repeat(250)}.yaml`)).toHaveLength(200)
    expect(importedName('.yaml')).toBe('.yaml')
  })
})
