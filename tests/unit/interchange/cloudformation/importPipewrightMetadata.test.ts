import { describe, expect, it } from 'vitest'
import { importTemplate } from '../../../../src/shared/interchange/cloudformation/importTemplate'

const RESOURCES = `
Resources:
  Clicks:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 1 }
  Sessions:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
  Aggregate:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      Role: arn:aws:iam::123456789012:role/x
      Code: { ZipFile: "exports.handler = async () => {}" }
      Environment: { Variables: { TABLE: !Ref Sessions } }
  AggregateMapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt Clicks.Arn
      FunctionName: !Ref Aggregate
      StartingPosition: LATEST
`

function imported(metadata: string) {
  const r = importTemplate(`${metadata}\n${RESOURCES}`, 'exported.yaml')
  if (!r.ok) throw new Error(r.message)
  return r
}

describe("Pipewright's record in Metadata.Pipewright", () => {
  it('is not needed: without it the function only suggests its table', () => {
    const r = imported('')
    expect(r.diagram.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['Clicks>Aggregate'])
    expect(r.report.suggestions.map((s) => `${s.source}>${s.target}`)).toContain(
      'Aggregate>Sessions'
    )
  })

  it('draws the services with no resource and the edges the resources do not carry, with labels', () => {
    const r = imported(`
Metadata:
  Pipewright:
    Nodes:
      - { Id: Clicks, Service: kinesis-data-streams, Label: Click events }
      - { Id: WebShop, Service: producer-app, Label: Web shop }
      - { Id: Aggregate, Service: lambda }
      - { Id: Sessions, Service: dynamodb }
    Connections:
      - { From: WebShop, To: Clicks }
      - { From: Clicks, To: Aggregate }
      - { From: Aggregate, To: Sessions }
      - { From: Gone, To: Sessions }`)
    const edges = r.diagram.edges.map((e) => `${e.source}>${e.target}`).sort()
    expect(edges).toEqual(['Aggregate>Sessions', 'Clicks>Aggregate', 'WebShop>Clicks'])
    expect(r.diagram.nodes.find((n) => n.id === 'WebShop')).toMatchObject({
      service: 'producer-app',
      label: 'Web shop'
    })
    expect(r.diagram.nodes.find((n) => n.id === 'Clicks')!.label).toBe('Click events')
    const record = r.report.entries.find((e) => e.sourceType === 'Pipewright::Connections')!
    expect(record.detail).toMatch(
      /4 connection\(s\).*1 already drawn.*2 drawn from the record.*1 naming ids/
    )
    // A drawn edge is no longer offered as a suggestion.
    expect(r.report.suggestions.map((s) => `${s.source}>${s.target}`)).not.toContain(
      'Aggregate>Sessions'
    )
  })

  it('is ignored with a remark when it is not what Pipewright writes, and the resources still import', () => {
    const r = imported(`
Metadata:
  Pipewright:
    Nodes:
      - { Id: WebShop, Service: mainframe }`)
    expect(r.diagram.nodes.map((n) => n.id).sort()).toEqual(['Aggregate', 'Clicks', 'Sessions'])
    expect(r.report.remarks.join(' ')).toMatch(
      /Metadata\.Pipewright is not what Pipewright writes \(Nodes\.0\.Service/
    )
  })
})
