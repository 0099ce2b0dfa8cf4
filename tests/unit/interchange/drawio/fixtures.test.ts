import { describe, expect, it } from 'vitest'
import { importDrawio } from '../../../../src/shared/interchange/drawio/importDrawio'
import {
  cellIds,
  edgesOf,
  expectEveryCellExplained,
  expectLoadsWithoutEdgeErrors,
  fixture,
  imported,
  servicesOf
} from './drawioFiles'

describe('draw.io fixtures', () => {
  it('clickstream.drawio: Kinesis → Lambda → DynamoDB inside AWS Cloud / Region', () => {
    const file = fixture('clickstream.drawio')
    const r = imported(importDrawio({ text: file }, 'clickstream.drawio'))
    expect(servicesOf(r.diagram)).toEqual({
      users: 'producer-app',
      kds: 'kinesis-data-streams',
      enrich: 'lambda',
      sessions: 'dynamodb'
    })
    expect(edgesOf(r.diagram)).toEqual(['enrich->sessions', 'kds->enrich', 'users->kds'])
    expect(r.diagram.groups?.map((g) => [g.id, g.kind, g.label, g.parentId])).toEqual([
      ['cloud', 'custom', 'AWS Cloud', undefined],
      ['region', 'region', 'us-east-1', 'cloud']
    ])
    const parent = Object.fromEntries(r.diagram.nodes.map((n) => [n.id, n.parentId]))
    expect(parent).toEqual({
      users: undefined,
      kds: 'region',
      enrich: 'region',
      sessions: 'region'
    })
    expect(r.diagram.notes?.map((n) => n.text)).toEqual(['Clickstream pipeline\n(prod)'])
    const put = r.report.entries.find((e) => e.sourceId === 'put')!
    expect(put.detail).toContain('PutRecords')
    expect(r.report.entries.find((e) => e.sourceId === 'poll')!.detail).toContain(
      'event source mapping'
    )
    expectEveryCellExplained(r, cellIds(file))
    expectLoadsWithoutEdgeErrors(r.diagram)
  })

  it('iot-telemetry.drawio: two compressed pages, each importable, both listed', () => {
    const file = fixture('iot-telemetry.drawio')
    const ingest = imported(importDrawio({ text: file }, 'iot-telemetry.drawio'))
    expect(ingest.report.pages?.map((p) => p.name)).toEqual(['Ingest', 'Analytics'])
    expect(ingest.report.page).toBe(0)
    expect(ingest.diagram.name).toBe('iot-telemetry — Ingest')
    expect(servicesOf(ingest.diagram)).toEqual({
      sensors: 'iot-devices',
      core: 'iot-core',
      delivery: 'kinesis-firehose',
      raw: 's3'
    })
    expect(edgesOf(ingest.diagram)).toEqual(['core->delivery', 'delivery->raw', 'sensors->core'])
    expect(ingest.diagram.groups?.map((g) => [g.id, g.kind, g.parentId])).toEqual([
      ['plant', 'on-premises', undefined],
      ['cloud', 'custom', undefined],
      ['region', 'region', 'cloud']
    ])
    expect(ingest.diagram.nodes.find((n) => n.id === 'sensors')!.parentId).toBe('plant')
    expectEveryCellExplained(ingest, cellIds(file, 0))
    expectLoadsWithoutEdgeErrors(ingest.diagram)

    const analytics = imported(importDrawio({ text: file }, 'iot-telemetry.drawio', { page: 1 }))
    expect(analytics.report.page).toBe(1)
    expect(servicesOf(analytics.diagram)).toEqual({
      lake: 's3',
      crawler: 'glue-crawler',
      catalog: 'glue-data-catalog',
      query: 'athena',
      bi: 'quicksight'
    })
    expect(edgesOf(analytics.diagram)).toEqual([
      'catalog->query',
      'crawler->catalog',
      'lake->crawler',
      'lake->query',
      'query->bi'
    ])
    expectEveryCellExplained(analytics, cellIds(file, 1))
    expectLoadsWithoutEdgeErrors(analytics.diagram)
  })

  it('orders-cdc-aws3.drawio: aws3 shapes, a reversed arrow, loose ends, a wrapped cell', () => {
    const file = fixture('orders-cdc-aws3.drawio')
    const r = imported(importDrawio({ text: file }, 'orders-cdc-aws3.drawio'))
    expect(servicesOf(r.diagram)).toEqual({
      'orders-db': 'on-prem-database',
      dms: 'dms',
      stream: 'kinesis-data-streams',
      fraud: 'lambda',
      archive: 's3',
      state: 'dynamodb'
    })
    expect(edgesOf(r.diagram)).toEqual([
      'dms->stream',
      'fraud->archive',
      'fraud->state',
      'orders-db->dms',
      'stream->fraud'
    ])
    const frames = r.diagram.groups?.map((g) => [g.id, g.kind])
    expect(frames).toEqual([
      ['dc', 'on-premises'],
      ['az', 'availability-zone']
    ])
    const node = (id: string) => r.diagram.nodes.find((n) => n.id === id)!
    expect(node('orders-db').parentId).toBe('dc')
    expect(node('dms').parentId).toBe('az')
    expect(node('archive').label).toBe('Archive bucket')
    expect(node('state').label).toBe('Order state')
    expect(node('orders-db').label).toBe('Orders DB (Oracle)')
    const entry = (id: string) => r.report.entries.find((e) => e.sourceId === id)!
    expect(entry('to-stream').detail).toMatch(/only arrowhead is at its start/)
    expect(entry('consume').detail).toMatch(/start only comes near “order-events”/)
    expect(entry('consume').detail).toContain('batch of 100')
    expect(entry('keep').detail).toMatch(/to “Archive bucket”.*arrowheads at both ends/)
    expect(entry('reports').detail).toMatch(
      /“Reporting host”, which is not a service Pipewright models/
    )
    expect(entry('reports').outcome).toBe('not-pipeline')
    expect(entry('loose').outcome).toBe('not-pipeline')
    expect(r.report.remarks).toContain(
      '6 services, 5 edges, 2 frames and 1 note from 17 cells; 2 arrows not drawn (see their entries).'
    )
    expect(entry('report-host').outcome).toBe('note')
    expect(entry('archive-text').outcome).toBe('setting')
    expectEveryCellExplained(r, cellIds(file))
    expectLoadsWithoutEdgeErrors(r.diagram)
  })

  it('photo-uploads.drawio: groups drawn around shapes, not holding them; CloudWatch read by label', () => {
    const file = fixture('photo-uploads.drawio')
    const r = imported(importDrawio({ text: file }, 'photo-uploads.drawio'))
    expect(servicesOf(r.diagram)).toEqual({
      app: 'producer-app',
      photos: 's3',
      topic: 'sns',
      queue: 'sqs',
      thumb: 'lambda',
      index: 'dynamodb',
      events: 'kinesis-firehose',
      archive: 's3',
      logs: 'cloudwatch-logs'
    })
    expect(edgesOf(r.diagram)).toEqual([
      'app->photos',
      'events->archive',
      'photos->topic',
      'queue->thumb',
      'thumb->events',
      'thumb->index',
      'thumb->logs',
      'topic->queue'
    ])
    expect(r.diagram.groups?.map((g) => [g.id, g.kind, g.label, g.parentId])).toEqual([
      ['cloud', 'custom', 'AWS Cloud', undefined],
      ['box', 'custom', '', 'cloud']
    ])
    const parent = Object.fromEntries(r.diagram.nodes.map((n) => [n.id, n.parentId]))
    expect([parent.app, parent.photos, parent.topic, parent.index]).toEqual([
      'cloud',
      'cloud',
      'box',
      'box'
    ])
    expect(r.diagram.notes?.map((n) => n.text).sort()).toEqual(['Amazon CloudWatch', 'Object'])
    const entry = (id: string) => r.report.entries.find((e) => e.sourceId === id)!
    expect(entry('metrics').detail).toMatch(/only when its label says so/)
    expect(entry('alarm').outcome).toBe('not-pipeline')
    expect(entry('notify').detail).toContain('s3:ObjectCreated:*')
    expectEveryCellExplained(r, cellIds(file))
    expectLoadsWithoutEdgeErrors(r.diagram)
  })

  it('clickstream.drawio.svg: the mxfile in the content attribute, page compressed', () => {
    const file = fixture('clickstream.drawio.svg')
    const r = imported(importDrawio({ text: file }, 'clickstream.drawio.svg'))
    const plain = imported(
      importDrawio({ text: fixture('clickstream.drawio') }, 'clickstream.drawio')
    )
    expect(r.diagram.nodes).toEqual(plain.diagram.nodes)
    expect(r.diagram.edges).toEqual(plain.diagram.edges)
    expect(r.diagram.name).toBe('clickstream')
    expectEveryCellExplained(r, cellIds(fixture('clickstream.drawio')))
  })
})
