import { describe, expect, it } from 'vitest'
import { SERVICE_IDS } from '../../../../src/shared/catalog/services'
import { serviceOfShape } from '../../../../src/shared/interchange/drawio/drawioShapes'
import { importDrawio } from '../../../../src/shared/interchange/drawio/importDrawio'
import { group, imported, model, mxfile, res, shape, vertex } from './drawioFiles'

function one(style: string, label = '') {
  const r = imported(
    importDrawio(
      { text: mxfile([{ name: 'P', model: model(vertex('c', style, [0, 0, 78, 78], label)) }]) },
      'x.drawio'
    )
  )
  return { service: r.diagram.nodes[0]?.service, entry: r.report.entries[0]!, result: r }
}

describe('draw.io AWS shapes', () => {
  it.each([
    ['mxgraph.aws4.kinesis_data_streams', 'kinesis-data-streams'],
    ['mxgraph.aws4.kinesis_data_firehose', 'kinesis-firehose'],
    ['mxgraph.aws4.managed_service_for_apache_flink', 'kinesis-data-analytics'],
    ['mxgraph.aws4.kinesis_data_analytics', 'kinesis-data-analytics'],
    ['mxgraph.aws4.managed_streaming_for_kafka', 'msk'],
    ['mxgraph.aws4.lambda_function', 'lambda'],
    ['mxgraph.aws4.bucket', 's3'],
    ['mxgraph.aws4.dynamodb_table', 'dynamodb'],
    ['mxgraph.aws4.dynamodb_stream', 'dynamodb-streams'],
    ['mxgraph.aws4.opensearch_service', 'opensearch'],
    ['mxgraph.aws4.elasticsearch_service', 'opensearch'],
    ['mxgraph.aws4.iot_thing_temperature_sensor', 'iot-devices'],
    ['mxgraph.aws4.iot_core', 'iot-core'],
    ['mxgraph.aws4.generic_database', 'on-prem-database'],
    ['mxgraph.aws3.kinesis', 'kinesis-data-streams'],
    ['mxgraph.aws3.lambda', 'lambda'],
    ['mxgraph.aws3.s3', 's3'],
    ['mxgraph.aws3.dynamo_db', 'dynamodb'],
    ['MXGRAPH.AWS4.SQS', 'sqs']
  ])('%s → %s', (name, service) => {
    expect(serviceOfShape(name)?.service).toBe(service)
  })

  it('maps only to catalog services, and knows nothing of unrelated shapes', () => {
    for (const name of [
      'mxgraph.aws4.ec2',
      'mxgraph.aws4.rekognition_2',
      'mxgraph.aws4.machine_learning',
      'rect'
    ])
      expect(serviceOfShape(name)).toBeUndefined()
    expect(SERVICE_IDS).toContain(serviceOfShape('mxgraph.aws4.glue_databrew')!.service)
  })

  it('reads resource icons, product icons and plain resource shapes alike', () => {
    expect(one(res('kinesis_data_streams')).service).toBe('kinesis-data-streams')
    expect(
      one('shape=mxgraph.aws4.productIcon;prIcon=mxgraph.aws4.kinesis_data_firehose;').service
    ).toBe('kinesis-firehose')
    expect(one(shape('mxgraph.aws4.lambda_function')).service).toBe('lambda')
    expect(one(res('kinesis_data_streams')).entry.sourceType).toBe(
      'mxgraph.aws4.kinesis_data_streams'
    )
    expect(one('text;html=1;', 'hello').entry.sourceType).toBe('text')
    const { entry } = one(res('kinesis_data_streams'), 'Clicks')
    expect(entry.citation?.kind === 'aws' && entry.citation.url).toMatch(/Sidebar-AWS4\.js$/)
  })

  it('reads an AWS stencil the table does not know by its name, when the name is a service', () => {
    const flink = one(shape('mxgraph.aws4.amazon_kinesis_data_streams'))
    expect(flink.service).toBe('kinesis-data-streams')
    expect(flink.entry.detail).toMatch(/not in Pipewright's shape table/)
    expect(one(shape('mxgraph.aws3d.dynamoDb')).service).toBe('dynamodb')
    expect(one(res('data_firehose')).service).toBe('kinesis-firehose')
    expect(one(res('ec2')).service).toBeUndefined()
    expect(one(shape('mxgraph.cisco.lambda')).service).toBeUndefined()
  })

  it('lets a label refine a stand-in shape, and only a stand-in', () => {
    expect(one(res('kinesis'), 'Amazon Data Firehose').service).toBe('kinesis-firehose')
    expect(one(res('kinesis'), 'clicks').service).toBe('kinesis-data-streams')
    expect(one(shape('mxgraph.aws4.traditional_server'), 'Kinesis Agent').service).toBe(
      'kinesis-agent'
    )
    expect(one(shape('mxgraph.aws4.traditional_server'), 'Orders DB (Oracle)').service).toBe(
      'on-prem-database'
    )
    expect(one(shape('mxgraph.aws4.traditional_server'), 'web shop').service).toBe('producer-app')
    // A specific icon keeps its meaning whatever its label says.
    expect(one(res('sqs'), 'Amazon SNS').service).toBe('sqs')
  })

  it('reads the CloudWatch icon as CloudWatch Logs only when labelled as logs', () => {
    expect(one(res('cloudwatch_2'), 'CloudWatch Logs').service).toBe('cloudwatch-logs')
    expect(one(shape('mxgraph.aws3.cloudwatch'), 'app log group').service).toBe('cloudwatch-logs')
    const metrics = one(res('cloudwatch'), 'Amazon CloudWatch')
    expect(metrics.service).toBeUndefined()
    expect(metrics.entry.outcome).toBe('note')
  })

  it('reads a plain shape by its label only when the label names one service', () => {
    expect(
      one('rounded=1;whiteSpace=wrap;html=1;', 'Amazon Managed Service for Apache Flink').service
    ).toBe('kinesis-data-analytics')
    expect(one('rounded=1;whiteSpace=wrap;html=1;', 'Amazon MSK').service).toBe('msk')
    expect(one('rounded=1;whiteSpace=wrap;html=1;', 'Kinesis').service).toBeUndefined()
    expect(one('rounded=1;whiteSpace=wrap;html=1;', 'API').service).toBeUndefined()
    // Text beside an icon is its caption, not a second service.
    const text = one('text;html=1;strokeColor=none;fillColor=none;', 'AWS Lambda')
    expect(text.service).toBeUndefined()
    expect(text.entry.outcome).toBe('note')
  })

  it('keeps shapes that are not services as notes, and says why', () => {
    const ec2 = one(res('ec2'), 'Batch host')
    expect(ec2.entry.outcome).toBe('note')
    expect(ec2.entry.detail).toContain('mxgraph.aws4.ec2 is not a service')
    expect(ec2.result.diagram.notes?.[0]?.text).toBe('Batch host')
    const unnamed = one(res('ec2'))
    expect(unnamed.result.diagram.notes?.[0]?.text).toBe('mxgraph.aws4.ec2')
    const empty = one('ellipse;whiteSpace=wrap;html=1;')
    expect(empty.entry.outcome).toBe('not-pipeline')
    const long = one('text;html=1;', 'x'.repeat(5000))
    expect(long.result.diagram.notes?.[0]?.text.length).toBe(2000)
  })
})

describe('draw.io wrapped cells', () => {
  it('takes the label of a <UserObject>, filling in its placeholders', () => {
    const wrapped = `<UserObject label="%stage% orders &lt;b&gt;%missing%&lt;/b&gt;" stage="prod" placeholders="1" id="w"><mxCell style="${res('sqs')}" vertex="1" parent="1"><mxGeometry width="78" height="78" as="geometry"/></mxCell></UserObject><object label="plain" id="o"><mxCell style="${res('sns')}" vertex="1" parent="1"><mxGeometry x="300" width="78" height="78" as="geometry"/></mxCell></object>`
    const d = imported(importDrawio({ text: model(wrapped) }, 'w.drawio')).diagram
    expect(d.nodes.map((n) => [n.id, n.service, n.label])).toEqual([
      ['w', 'sqs', 'prod orders %missing%'],
      ['o', 'sns', 'plain']
    ])
  })
})

describe('draw.io captions', () => {
  it('labels an unlabelled icon with the text drawn just below it, and only that icon', () => {
    const cells =
      vertex('k', shape('mxgraph.aws3.kinesis'), [0, 0, 67, 81]) +
      vertex(
        'cap',
        'text;html=1;strokeColor=none;fillColor=none;',
        [-10, 90, 90, 20],
        'order-events'
      ) +
      vertex('l', shape('mxgraph.aws3.lambda'), [300, 0, 76, 93], 'fraud-check') +
      vertex('far', 'text;html=1;', [300, 400, 90, 20], 'a remark')
    const r = imported(importDrawio({ text: model(cells) }, 'c.drawio'))
    expect(r.diagram.nodes.map((n) => [n.id, n.label])).toEqual([
      ['k', 'order-events'],
      ['l', 'fraud-check']
    ])
    expect(r.diagram.notes?.map((n) => n.text)).toEqual(['a remark'])
    expect(r.report.entries.find((e) => e.sourceId === 'cap')).toMatchObject({
      outcome: 'setting',
      nodeIds: ['k']
    })
  })
})

describe('draw.io groups', () => {
  function framed(style: string, label: string) {
    const cells =
      vertex('g', style, [0, 0, 400, 300], label) +
      vertex('s', res('sqs'), [100, 100, 78, 78], 'q', 'g')
    return imported(importDrawio({ text: model(cells) }, 'g.drawio')).diagram
  }

  it.each([
    ['group_aws_cloud_alt', 'custom', 'AWS Cloud'],
    ['group_region', 'region', 'Region'],
    ['group_vpc', 'vpc', 'VPC'],
    ['group_vpc2', 'vpc', 'VPC'],
    ['group_availability_zone', 'availability-zone', 'Availability Zone'],
    ['group_security_group', 'custom', 'Subnet'],
    ['group_corporate_data_center', 'on-premises', 'Corporate data center'],
    ['group_on_premise', 'on-premises', 'On-premises']
  ])('grIcon %s is a %s frame', (icon, kind, name) => {
    const d = framed(group(icon), '')
    expect(d.groups?.map((g) => [g.kind, g.label])).toEqual([[kind, name]])
    expect(d.nodes[0]!.parentId).toBe('g')
  })

  it('reads swimlanes, containers and plain boxes around services as frames, kind from the label', () => {
    expect(framed('swimlane;html=1;', 'Ingestion').groups?.[0]?.kind).toBe('custom')
    expect(framed('rounded=0;container=1;', 'VPC 10.0.0.0/16').groups?.[0]?.kind).toBe('vpc')
    const box = model(
      vertex(
        'az',
        'fillColor=none;strokeColor=#147EBA;dashed=1;verticalAlign=top;',
        [0, 0, 400, 300],
        'us-east-1a'
      ) + vertex('s', res('sqs'), [100, 100, 78, 78], 'q')
    )
    const d = imported(importDrawio({ text: box }, 'b.drawio')).diagram
    expect(d.groups?.[0]?.kind).toBe('availability-zone')
    expect(d.nodes[0]!.parentId).toBe('az')
  })

  it('gives frames room for their cards, nested frames inside their parents', () => {
    const cells =
      vertex('r', group('group_region'), [0, 0, 200, 150], 'Region') +
      vertex('v', group('group_vpc'), [10, 20, 150, 110], 'VPC', 'r') +
      vertex('a', res('sqs'), [10, 10, 78, 78], 'q', 'v')
    const d = imported(importDrawio({ text: model(cells) }, 'n.drawio')).diagram
    const g = Object.fromEntries((d.groups ?? []).map((x) => [x.id, x]))
    const n = d.nodes[0]!
    expect(g.v!.parentId).toBe('r')
    const contains = (
      o: { position: { x: number; y: number }; size: { width: number; height: number } },
      x: number,
      y: number,
      w: number,
      h: number
    ) =>
      o.position.x <= x &&
      o.position.y <= y &&
      o.position.x + o.size.width >= x + w &&
      o.position.y + o.size.height >= y + h
    expect(contains(g.v!, n.position.x, n.position.y, 190, 60)).toBe(true)
    expect(
      contains(g.r!, g.v!.position.x, g.v!.position.y, g.v!.size.width, g.v!.size.height)
    ).toBe(true)
  })
})
