import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadDiagram } from '../../../../src/shared/diagram/loadDiagram'
import { ACTION_SETS } from '../../../../src/shared/interchange/cloudformation/exportActions'
import { diagram, edge, node, REPO_DIR } from '../../helpers'
import { arn, exported, ref } from './exportedTemplate'

const objectsOf = (value: unknown) => ({ 'Fn::Join': ['', [value, '/*']] })

describe('least-privilege roles', () => {
  it('grants a function the Kinesis read actions on the one stream it reads, not its neighbour', () => {
    const t = exported(
      diagram(
        [
          node('a', 'kinesis-data-streams', { label: 'Orders' }),
          node('b', 'kinesis-data-streams', { label: 'Other' }),
          node('fn', 'lambda', { label: 'Fn' })
        ],
        [edge('a', 'fn')]
      )
    )
    expect(t.statements('FnRole')).toEqual([
      {
        Sid: 'KinesisReadOrders',
        Effect: 'Allow',
        Action: [...ACTION_SETS['kinesis-read'].parts[0]!.actions].sort(),
        Resource: [arn('Orders')]
      }
    ])
    expect(t.resource('FnRole').Properties).toMatchObject({
      AssumeRolePolicyDocument: {
        Statement: [{ Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]
      },
      ManagedPolicyArns: [
        {
          'Fn::Sub':
            'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'
        }
      ]
    })
  })

  it('puts bucket actions on the bucket and object actions on its objects', () => {
    const t = exported(
      diagram(
        [node('fh', 'kinesis-firehose', { label: 'Fh' }), node('b', 's3', { label: 'Lake' })],
        [edge('fh', 'b')]
      )
    )
    const statements = t.statements('FhRole')
    expect(statements.find((s) => s.Action.includes('s3:ListBucket'))?.Resource).toEqual([
      arn('Lake')
    ])
    expect(statements.find((s) => s.Action.includes('s3:PutObject'))?.Resource).toEqual([
      objectsOf(arn('Lake'))
    ])
    expect(statements.flatMap((s) => s.Action)).not.toContain('s3:DeleteObject')
  })

  it('gathers one role per compute resource, with a statement per thing it touches', () => {
    const t = exported(
      diagram(
        [
          node('q', 'sqs', { label: 'In' }),
          node('fn', 'lambda', { label: 'Fn' }),
          node('t', 'dynamodb', { label: 'State' }),
          node('f', 'kinesis-firehose', { label: 'Out' })
        ],
        [edge('q', 'fn'), edge('fn', 't'), edge('fn', 'f')]
      )
    )
    expect(
      t
        .ofType('AWS::IAM::Role')
        .map(([id]) => id)
        .sort()
    ).toEqual(['FnRole', 'OutRole'])
    expect(t.statements('FnRole').map((s) => [s.Sid, s.Resource])).toEqual([
      ['SqsConsumeIn', [arn('In')]],
      ['DynamodbWriteState', [arn('State')]],
      ['FirehoseWriteOut', [arn('Out')]]
    ])
    expect(t.resource('Fn').Properties.Environment).toEqual({
      Variables: { TARGET_STATE: arn('State'), TARGET_OUT: arn('Out') }
    })
  })

  it('cannot grant on an external function’s role, so says so', () => {
    const fn = node('fn', 'lambda', { label: 'Legacy' })
    fn.external = { reference: 'LegacyFunctionArn' }
    const t = exported(diagram([node('q', 'sqs', { label: 'Q' }), fn], [edge('q', 'fn')]))
    expect(t.ofType('AWS::IAM::Role')).toEqual([])
    expect(t.report.leftToUser.some((l) => l.includes('Legacy') && l.includes('sqs-consume'))).toBe(
      true
    )
    const esm = t.only('AWS::Lambda::EventSourceMapping')[1]
    expect(esm.Properties.FunctionName).toEqual(ref('LegacyName'))
  })

  it('cites an AWS page for every action set', () => {
    for (const set of Object.values(ACTION_SETS)) {
      expect(set.citation.kind).toBe('aws')
      if (set.citation.kind === 'aws')
        expect(set.citation.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//)
    }
  })

  it('never grants on every resource in the gallery templates', () => {
    const dir = `${REPO_DIR}resources/templates/`
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.pipewright.json'))) {
      const loaded = loadDiagram(readFileSync(`${dir}${file}`, 'utf8'))
      if (!loaded.ok) throw new Error(file)
      const t = exported(loaded.diagram)
      for (const [id] of t.ofType('AWS::IAM::Role'))
        for (const s of t.statements(id)) {
          expect(s.Resource, `${file} ${id} ${s.Sid}`).not.toContain('*')
          expect(s.Action.some((a) => a.endsWith(':*'))).toBe(false)
        }
    }
  })
})
