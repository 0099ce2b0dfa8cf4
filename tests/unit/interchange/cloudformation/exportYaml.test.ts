import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { templateToYaml } from '../../../../src/shared/interchange/cloudformation/exportYaml'
import { parseTemplateYaml } from './resourceSpec'

describe('the template YAML', () => {
  const template = {
    Resources: {
      Fn: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Role: { 'Fn::GetAtt': ['FnRole', 'Arn'] },
          Code: { S3Bucket: { Ref: 'CodeBucket' }, S3Key: 'yes' },
          Handler: { 'Fn::Sub': '${AWS::StackName}-on' },
          Layers: [{ 'Fn::Sub': ['arn:${P}', { P: { Ref: 'AWS::Partition' } }] }],
          Description: { 'Fn::Join': ['', [{ Ref: 'AWS::Region' }, '/*']] }
        }
      }
    }
  }
  const text = templateToYaml(template)

  it('uses the short-form tags people write', () => {
    expect(text).toContain('Role: !GetAtt FnRole.Arn')
    expect(text).toContain('S3Bucket: !Ref CodeBucket')
    expect(text).toContain('Handler: !Sub ${AWS::StackName}-on')
    expect(text).toMatch(/- !Sub\n\s+- arn:\$\{P\}/)
    expect(text).toMatch(/Description: !Join/)
    expect(text).not.toMatch(/Fn::|Ref:/)
  })

  it('reads back to the same template', () => {
    expect(parseTemplateYaml(text)).toEqual(template)
  })

  it('quotes strings a YAML 1.1 reader would take for booleans', () => {
    expect(text).toContain('S3Key: "yes"')
    expect(
      parse(text, {
        version: '1.1',
        customTags: [
          { tag: '!Ref', resolve: (s: string) => s },
          { tag: '!GetAtt', resolve: (s: string) => s },
          { tag: '!Sub', resolve: (s: string) => s },
          { tag: '!Sub', collection: 'seq' as const, resolve: () => 'sub' },
          { tag: '!Join', collection: 'seq' as const, resolve: () => 'join' }
        ]
      })
    ).toHaveProperty('Resources.Fn.Properties.Code.S3Key', 'yes')
  })

  it('writes no anchors or aliases for values used twice', () => {
    const shared = { Ref: 'X' }
    const out = templateToYaml({ A: [shared, shared], B: { C: shared } })
    expect(out).not.toMatch(/[&*]a\d/)
    expect(out.match(/!Ref X/g)).toHaveLength(3)
  })
})
