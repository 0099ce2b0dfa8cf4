import { describe, expect, it } from 'vitest'
import { importTemplate } from '../../../../src/shared/interchange/cloudformation/importTemplate'

function imported(yaml: string) {
  const r = importTemplate(yaml, 't.yaml')
  if (!r.ok) throw new Error(r.message)
  return r
}

const edgesOf = (r: ReturnType<typeof imported>) =>
  r.diagram.edges.map((e) => `${e.source}>${e.target}`).sort()

describe('QuickSight data sources', () => {
  it('draws one QuickSight node fed by each data source it reads, and folds data sets into it', () => {
    const r = imported(`
Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties: { NodeType: ra3.xlplus, ClusterType: single-node, DBName: dw, MasterUsername: a, MasterUserPassword: b }
  Adhoc:
    Type: AWS::Athena::WorkGroup
    Properties: { Name: adhoc }
  WarehouseSource:
    Type: AWS::QuickSight::DataSource
    Properties:
      AwsAccountId: !Ref AWS::AccountId
      DataSourceId: dw
      Name: dw
      Type: REDSHIFT
      DataSourceParameters:
        RedshiftParameters: { ClusterId: !Ref Warehouse, Database: dw, Host: h, Port: 5439 }
  AthenaSource:
    Type: AWS::QuickSight::DataSource
    Properties:
      AwsAccountId: !Ref AWS::AccountId
      DataSourceId: athena
      Name: athena
      Type: ATHENA
      DataSourceParameters:
        AthenaParameters: { WorkGroup: !Ref Adhoc }
  Sales:
    Type: AWS::QuickSight::DataSet
    Properties: { AwsAccountId: !Ref AWS::AccountId, DataSetId: sales, Name: sales, ImportMode: SPICE }
`)
    expect(r.diagram.nodes.filter((n) => n.service === 'quicksight')).toHaveLength(1)
    expect(edgesOf(r)).toEqual(['Adhoc>QuickSight', 'Warehouse>QuickSight'])
    const entry = (id: string) => r.report.entries.find((e) => e.sourceId === id)!
    expect(entry('WarehouseSource').outcome).toBe('edge')
    expect(entry('Sales')).toMatchObject({ outcome: 'setting', nodeIds: ['QuickSight'] })
  })
})

describe('event source mapping destinations', () => {
  it("draws a stream mapping's on-failure queue as the function's destination", () => {
    const r = imported(`
Resources:
  Clicks:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 1 }
  Failed:
    Type: AWS::SQS::Queue
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Handler: i.h
      Runtime: nodejs20.x
      Role: arn:aws:iam::123456789012:role/r
      Code: { ZipFile: x }
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt Clicks.Arn
      FunctionName: !Ref Fn
      StartingPosition: LATEST
      DestinationConfig:
        OnFailure:
          Destination: !GetAtt Failed.Arn
`)
    expect(edgesOf(r)).toEqual(['Clicks>Fn', 'Fn>Failed'])
    expect(r.diagram.edges.find((e) => e.target === 'Failed')!.config).toEqual({
      mechanism: 'lambda-destinations'
    })
  })
})
