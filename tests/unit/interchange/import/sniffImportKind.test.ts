import { describe, expect, it } from 'vitest'
import { sniffImportKind } from '../../../../src/shared/interchange/import/sniffImportKind'

describe('sniffImportKind', () => {
  it.each([
    [
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A: { Type: AWS::SQS::Queue }\n',
      't.yaml',
      'cloudformation'
    ],
    [
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  F: { Type: AWS::Serverless::Function }\n',
      'template.yml',
      'cloudformation'
    ],
    [
      '{\n  "Resources": {\n    "Q": { "Type": "AWS::SQS::Queue" }\n  }\n}\n',
      'stack.json',
      'cloudformation'
    ],
    ['{"Resources":{"Q":{"Type":"AWS::SQS::Queue"}}}', 'stack.json', 'cloudformation'],
    [
      '{"format":"pipewright/diagram","version":5,"name":"x","nodes":[],"edges":[]}',
      'x.json',
      'pipewright'
    ],
    ['<mxfile><diagram name="p">x</diagram></mxfile>', 'a.xml', 'drawio'],
    ['<mxGraphModel><root/></mxGraphModel>', 'a.xml', 'drawio'],
    [
      '<svg xmlns="http://www.w3.org/2000/svg" content="&lt;mxfile&gt;"></svg>',
      'a.drawio.svg',
      'drawio'
    ],
    ['<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', 'picture.svg', 'unknown'],
    ['{"name":"package","version":"1.0.0"}', 'package.json', 'unknown'],
    ['just: yaml\n', 'config.yaml', 'unknown']
  ])('reads %j (%s) as %s', (text, name, kind) => {
    expect(sniffImportKind(text, name)).toBe(kind)
  })
})
