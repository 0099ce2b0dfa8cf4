import { describe, expect, it } from 'vitest'
import { importTemplate } from '../../../../src/shared/interchange/cloudformation/importTemplate'
import {
  parseTemplateText,
  TEMPLATE_LIMITS
} from '../../../../src/shared/interchange/cloudformation/parseTemplate'

function value(yaml: string): unknown {
  const parsed = parseTemplateText(yaml, 't.yaml')
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.value
}

function refused(text: string, fileName = 't.yaml'): string {
  const result = importTemplate(text, fileName)
  if (result.ok) throw new Error('expected the import to be refused')
  return result.message
}

describe('parseTemplateText: short-form tags', () => {
  it('turns each short form into the long JSON form', () => {
    const v = value(
      [
        'a: !Ref Stream',
        'b: !GetAtt Table.StreamArn',
        'c: !GetAtt Cluster.Endpoint.Address',
        'd: !GetAtt [Queue, Arn]',
        "e: !Sub 'arn:aws:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${Name}'",
        'f: !Sub [ "s3://${B}/x", { B: !Ref Bucket } ]',
        'g: !Join [ ":", [ a, !Ref B ] ]',
        'h: !If [ IsProd, 4, 1 ]',
        'i: !Select [ 0, !GetAZs "" ]',
        'j: !Split [ ",", !ImportValue shared-list ]',
        'k: !FindInMap [ Sizes, !Ref Env, Shards ]',
        'l: !Base64 text',
        'm: !Cidr [ 10.0.0.0/16, 6, 5 ]',
        'n: !And [ !Equals [ a, b ], !Or [ !Not [ !Condition C ], !Condition D ] ]',
        'o: !Transform { Name: AWS::Include, Parameters: { Location: s3://x } }',
        'p: !ToJsonString { a: 1 }',
        'q: !Length [ 1, 2 ]'
      ].join('\n')
    )
    expect(v).toEqual({
      a: { Ref: 'Stream' },
      b: { 'Fn::GetAtt': ['Table', 'StreamArn'] },
      c: { 'Fn::GetAtt': ['Cluster', 'Endpoint.Address'] },
      d: { 'Fn::GetAtt': ['Queue', 'Arn'] },
      e: { 'Fn::Sub': 'arn:aws:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${Name}' },
      f: { 'Fn::Sub': ['s3://${B}/x', { B: { Ref: 'Bucket' } }] },
      g: { 'Fn::Join': [':', ['a', { Ref: 'B' }]] },
      h: { 'Fn::If': ['IsProd', 4, 1] },
      i: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      j: { 'Fn::Split': [',', { 'Fn::ImportValue': 'shared-list' }] },
      k: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Shards'] },
      l: { 'Fn::Base64': 'text' },
      m: { 'Fn::Cidr': ['10.0.0.0/16', 6, 5] },
      n: {
        'Fn::And': [
          { 'Fn::Equals': ['a', 'b'] },
          { 'Fn::Or': [{ 'Fn::Not': [{ Condition: 'C' }] }, { Condition: 'D' }] }
        ]
      },
      o: { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://x' } } },
      p: { 'Fn::ToJsonString': { a: 1 } },
      q: { 'Fn::Length': [1, 2] }
    })
  })

  it('reads JSON templates, tab-indented ones included', () => {
    expect(value('{\n\t"Resources": {\n\t\t"Q": { "Type": "AWS::SQS::Queue" }\n\t}\n}')).toEqual({
      Resources: { Q: { Type: 'AWS::SQS::Queue' } }
    })
  })

  it('keeps a __proto__ key as data, never as the prototype', () => {
    const v = value('__proto__: { polluted: true }\nx: 1') as Record<string, unknown>
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('importTemplate: hostile and broken input is refused with a message', () => {
  it('refuses a YAML alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 0; i < 9; i++) {
      const prev = String.fromCharCode(97 + i)
      const next = String.fromCharCode(98 + i)
      lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(', ')}]`)
    }
    lines.push('Resources: { Q: { Type: AWS::SQS::Queue, Properties: { Tags: *j } } }')
    expect(refused(lines.join('\n'))).toMatch(/aliases|expands to more than/)
  })

  it('refuses nesting deeper than the limit', () => {
    const deep = `${'['.repeat(TEMPLATE_LIMITS.maxDepth + 5)}${']'.repeat(TEMPLATE_LIMITS.maxDepth + 5)}`
    expect(
      refused(`Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      X: ${deep}`)
    ).toMatch(/nests deeper/)
  })

  it('refuses deep JSON, and a bracket bomb before parsing it', () => {
    const json = (n: number) =>
      `{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"X": ${'['.repeat(n)}${']'.repeat(n)}}}}}`
    expect(refused(json(TEMPLATE_LIMITS.maxDepth + 5), 't.json')).toMatch(/nests deeper/)
    expect(refused(json(200_000), 't.json')).toMatch(/brackets deep/)
    expect(refused(`Resources:\n  X: ${'['.repeat(200_000)}`)).toMatch(/brackets deep/)
  })

  it('names the line of a YAML syntax error', () => {
    expect(
      refused('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n   Properties: [unclosed\n')
    ).toMatch(/line \d+, column \d+/)
  })

  it('refuses a file that is not a template', () => {
    expect(refused('- just\n- a list\n')).toMatch(/not a CloudFormation template/)
    expect(refused('"a string"')).toMatch(/not a CloudFormation template/)
  })

  it('refuses Resources that is not a map, and a resource without a Type', () => {
    expect(refused('Resources:\n  - Type: AWS::SQS::Queue\n')).toMatch(/"Resources" must be a map/)
    expect(refused('Resources:\n  Q:\n    Properties: {}\n')).toMatch(/resource "Q" has no Type/)
  })

  it('refuses a file larger than the limit without parsing it', () => {
    const big = `Resources: {}\n#${'x'.repeat(TEMPLATE_LIMITS.maxChars)}`
    expect(refused(big)).toMatch(/larger than/)
  })
})
