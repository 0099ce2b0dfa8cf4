import { describe, expect, it } from 'vitest'
import type { ServiceId } from '../../../src/shared/catalog/services'
import type { DiagramEdge, DiagramNode } from '../../../src/shared/diagram/types'
import { validateDiagram } from '../../../src/shared/validation/validator'
import { codes, diagram, edge, node, pipeline, withCode } from '../helpers'

/** A Kinesis stream with `count` Lambda consumers, the first `efo` of them using enhanced fan-out. */
function streamWithConsumers(count: number, efo = 0, streamConfig: Record<string, string> = {}) {
  const nodes: DiagramNode[] = [
    node('producer', 'producer-app'),
    node('stream', 'kinesis-data-streams', { config: streamConfig })
  ]
  const edges: DiagramEdge[] = [edge('producer', 'stream')]
  for (let i = 0; i < count; i++) {
    nodes.push(node(`fn${i}`, 'lambda'))
    edges.push(edge('stream', `fn${i}`, i < efo ? { config: { enhancedFanOut: true } } : {}))
  }
  return validateDiagram(diagram(nodes, edges))
}

/** A Firehose fed by a stream, delivering to the given services. */
function firehoseTo(...targets: ServiceId[]) {
  const nodes = [node('stream', 'kinesis-data-streams'), node('hose', 'kinesis-firehose')]
  const edges = [edge('stream', 'hose')]
  targets.forEach((t, i) => {
    nodes.push(node(`d${i}`, t))
    edges.push(edge('hose', `d${i}`))
  })
  return validateDiagram(diagram(nodes, edges))
}

describe('graph rules', () => {
  describe('retired-service', () => {
    it('warns about a retired service and names its successor', () => {
      const result = validateDiagram(pipeline('s3', 'data-pipeline', 'redshift'))
      const [p, ...rest] = withCode(result, 'retired-service')
      expect(rest).toEqual([])
      expect(p).toMatchObject({ severity: 'warning', nodeId: 'data-pipeline' })
      expect(p!.message).toMatch(/no longer available to new customers/)
      expect(p!.message).toMatch(/Glue ETL job or Step Functions/)
      expect(p!.citation).toMatch(/docs\.aws\.amazon\.com/)
    })

    it.each<[ServiceId, string]>([
      ['machine-learning', 'Amazon SageMaker'],
      ['cloudsearch', 'Amazon OpenSearch Service'],
      ['snowball', 'AWS DataSync']
    ])('warns about %s and suggests %s', (service, successor) => {
      const result = validateDiagram(diagram([node('old', service)]))
      expect(withCode(result, 'retired-service')[0]?.message).toContain(successor)
    })

    it('is silent for a current service', () => {
      expect(codes(validateDiagram(pipeline('s3', 'glue-etl', 'redshift')))).not.toContain(
        'retired-service'
      )
    })
  })

  describe('orphan-node', () => {
    it('flags a node with no edges', () => {
      const result = validateDiagram(
        diagram([node('a', 's3'), node('b', 'athena'), node('lonely', 'sqs')], [edge('a', 'b')])
      )
      expect(withCode(result, 'orphan-node').map((p) => p.nodeId)).toEqual(['lonely'])
      expect(withCode(result, 'orphan-node')[0]?.severity).toBe('warning')
    })

    it('counts a self-loop as no connection', () => {
      const result = validateDiagram(diagram([node('fn', 'lambda')], [edge('fn', 'fn')]))
      expect(withCode(result, 'orphan-node').map((p) => p.nodeId)).toEqual(['fn'])
    })

    it('is silent when every node has an edge, in or out', () => {
      expect(codes(validateDiagram(pipeline('producer-app', 'sqs', 'lambda')))).not.toContain(
        'orphan-node'
      )
    })
  })

  describe('kcl-lease-table', () => {
    it('is an error for a KCL app without a DynamoDB table, with a fix that adds one', () => {
      const result = validateDiagram(pipeline('kinesis-data-streams', 'kcl-app', 's3'))
      const [p] = withCode(result, 'kcl-lease-table')
      expect(p).toMatchObject({ severity: 'error', nodeId: 'kcl-app' })
      expect(p!.message).toMatch(/lease table/)
      expect(p!.citation).toContain('004_6ab9a9fef8f718de.txt')
      expect(p!.fix).toMatchObject({
        kind: 'add-connected',
        nodeId: 'kcl-app',
        service: 'dynamodb',
        direction: 'out'
      })
    })

    it('is satisfied by a DynamoDB table connected to the app', () => {
      const d = pipeline('kinesis-data-streams', 'kcl-app', 's3')
      d.nodes.push(node('leases', 'dynamodb'))
      d.edges.push(edge('kcl-app', 'leases'))
      expect(codes(validateDiagram(d))).not.toContain('kcl-lease-table')
    })

    it('is not satisfied by DynamoDB Streams feeding the app', () => {
      // The stream is the data source; the lease table is still a separate DynamoDB table.
      const result = validateDiagram(pipeline('dynamodb', 'dynamodb-streams', 'kcl-app'))
      expect(codes(result)).toContain('kcl-lease-table')
    })
  })

  describe('athena-needs-s3 and athena-needs-catalog', () => {
    it('warns twice for an Athena fed by neither S3 nor the catalog', () => {
      const result = validateDiagram(pipeline('athena', 'quicksight'))
      expect(withCode(result, 'athena-needs-s3')).toHaveLength(1)
      expect(withCode(result, 'athena-needs-catalog')).toHaveLength(1)
      for (const p of [
        ...withCode(result, 'athena-needs-s3'),
        ...withCode(result, 'athena-needs-catalog')
      ]) {
        expect(p.severity).toBe('warning')
        expect(p.nodeId).toBe('athena')
        expect(p.citation).toContain('002_ec5ece75883298b9.txt')
      }
      expect(withCode(result, 'athena-needs-s3')[0]?.fix).toMatchObject({
        kind: 'add-connected',
        service: 's3',
        direction: 'in'
      })
      expect(withCode(result, 'athena-needs-catalog')[0]?.fix).toMatchObject({
        kind: 'add-connected',
        service: 'glue-data-catalog',
        direction: 'in'
      })
    })

    it('warns only about the catalog when S3 feeds Athena', () => {
      const result = validateDiagram(pipeline('s3', 'athena'))
      expect(codes(result)).not.toContain('athena-needs-s3')
      expect(codes(result)).toContain('athena-needs-catalog')
    })

    it('takes S3 Tables as the S3 data Athena queries', () => {
      const result = validateDiagram(
        diagram(
          [node('t', 's3-tables'), node('c', 'glue-data-catalog'), node('athena', 'athena')],
          [edge('t', 'athena'), edge('c', 'athena')]
        )
      )
      expect(codes(result)).not.toContain('athena-needs-s3')
      expect(codes(result)).not.toContain('athena-needs-catalog')
      expect(
        withCode(validateDiagram(pipeline('athena', 'quicksight')), 'athena-needs-s3')[0]?.message
      ).toContain('has no Amazon S3 or Amazon S3 Tables feeding it')
    })

    it('warns only about S3 when the catalog feeds Athena', () => {
      const result = validateDiagram(pipeline('glue-data-catalog', 'athena'))
      expect(codes(result)).toContain('athena-needs-s3')
      expect(codes(result)).not.toContain('athena-needs-catalog')
    })

    it('does not count S3 downstream of Athena (query results) as its data', () => {
      const result = validateDiagram(pipeline('glue-data-catalog', 'athena', 's3'))
      expect(codes(result)).toContain('athena-needs-s3')
    })
  })

  describe('spectrum-needs-s3 and spectrum-needs-catalog', () => {
    it('warns for a Spectrum with neither S3 nor the catalog', () => {
      const result = validateDiagram(pipeline('redshift-spectrum', 'redshift'))
      expect(withCode(result, 'spectrum-needs-s3')).toHaveLength(1)
      expect(withCode(result, 'spectrum-needs-catalog')).toHaveLength(1)
      expect(withCode(result, 'spectrum-needs-s3')[0]).toMatchObject({
        severity: 'warning',
        nodeId: 'redshift-spectrum'
      })
    })

    it('is silent when S3 and the catalog both feed Spectrum', () => {
      const d = diagram(
        [
          node('lake', 's3'),
          node('catalog', 'glue-data-catalog'),
          node('spectrum', 'redshift-spectrum'),
          node('dw', 'redshift')
        ],
        [edge('lake', 'spectrum'), edge('catalog', 'spectrum'), edge('spectrum', 'dw')]
      )
      const result = validateDiagram(d)
      expect(codes(result)).not.toContain('spectrum-needs-s3')
      expect(codes(result)).not.toContain('spectrum-needs-catalog')
      expect(result.counts).toEqual({ error: 0, warning: 0, info: 0 })
    })
  })

  describe('sagemaker-training-data', () => {
    it('stays silent for a SageMaker fed by Kinesis Video Streams (inference, not training)', () => {
      expect(codes(validateDiagram(pipeline('kinesis-video-streams', 'sagemaker')))).not.toContain(
        'sagemaker-training-data'
      )
    })

    it('warns for a SageMaker that is not fed from S3', () => {
      const result = validateDiagram(pipeline('lambda', 'sagemaker'))
      const [p] = withCode(result, 'sagemaker-training-data')
      expect(p).toMatchObject({ severity: 'warning', nodeId: 'sagemaker' })
      expect(p!.message).toMatch(/only from S3/)
      expect(p!.fix).toMatchObject({ kind: 'add-connected', service: 's3', direction: 'in' })
    })

    it('is silent when S3 feeds SageMaker', () => {
      expect(codes(validateDiagram(pipeline('s3', 'sagemaker')))).not.toContain(
        'sagemaker-training-data'
      )
    })
  })

  describe('firehose-destinations', () => {
    it('allows one destination', () => {
      expect(codes(firehoseTo('redshift'))).not.toContain('firehose-destinations')
      expect(codes(firehoseTo('s3'))).not.toContain('firehose-destinations')
    })

    it('allows Redshift with an S3 backup bucket', () => {
      expect(codes(firehoseTo('redshift', 's3'))).not.toContain('firehose-destinations')
      expect(codes(firehoseTo('splunk', 's3'))).not.toContain('firehose-destinations')
    })

    it('does not count a transformation Lambda as a destination', () => {
      expect(codes(firehoseTo('lambda', 'opensearch', 's3'))).not.toContain('firehose-destinations')
    })

    it('refuses Redshift and Splunk on one Firehose', () => {
      const [p, ...rest] = withCode(firehoseTo('redshift', 'splunk'), 'firehose-destinations')
      expect(rest).toEqual([])
      expect(p).toMatchObject({ severity: 'error', nodeId: 'hose' })
      expect(p!.message).toContain('Amazon Redshift')
      expect(p!.message).toContain('Splunk')
    })

    it('refuses two S3 buckets', () => {
      expect(withCode(firehoseTo('s3', 's3'), 'firehose-destinations')).toHaveLength(1)
    })

    it('refuses a second backup bucket', () => {
      expect(withCode(firehoseTo('redshift', 's3', 's3'), 'firehose-destinations')).toHaveLength(1)
    })
  })

  describe('kds-shared-consumers', () => {
    it('accepts 5 shared-throughput consumers', () => {
      expect(codes(streamWithConsumers(5))).not.toContain('kds-shared-consumers')
    })

    it('warns at 6 and suggests enhanced fan-out', () => {
      const [p] = withCode(streamWithConsumers(6), 'kds-shared-consumers')
      expect(p).toMatchObject({ severity: 'warning', nodeId: 'stream' })
      expect(p!.message).toMatch(/\b6\b/)
      expect(p!.message).toMatch(/enhanced fan-out/)
      expect(p!.citation).toContain('001_02027194a11eff86.txt')
    })

    it('accepts 6 consumers when 2 use enhanced fan-out', () => {
      const result = streamWithConsumers(6, 2)
      expect(codes(result)).not.toContain('kds-shared-consumers')
      expect(codes(result)).not.toContain('kds-efo-consumers')
    })

    it("does not count the stream's producer as a consumer", () => {
      // streamWithConsumers adds a producer edge into the stream; 5 out + 1 in stays fine.
      expect(codes(streamWithConsumers(5))).not.toContain('kds-shared-consumers')
    })
  })

  describe('efo-unsupported', () => {
    it('warns when enhanced fan-out is set on a consumer that cannot register for it, and counts it as shared', () => {
      const nodes: DiagramNode[] = [
        node('stream', 'kinesis-data-streams'),
        node('hose', 'kinesis-firehose'),
        node('bucket', 's3')
      ]
      const edges: DiagramEdge[] = [
        edge('stream', 'hose', { id: 'read', config: { enhancedFanOut: true } }),
        edge('hose', 'bucket')
      ]
      for (let i = 0; i < 5; i++) {
        nodes.push(node(`fn${i}`, 'lambda'))
        edges.push(edge('stream', `fn${i}`))
      }
      const result = validateDiagram(diagram(nodes, edges))
      const [p] = withCode(result, 'efo-unsupported')
      expect(p).toMatchObject({ severity: 'warning', edgeId: 'read' })
      expect(p!.message).toMatch(/Data Firehose cannot register/)
      expect(p!.citation).toContain(
        'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html'
      )
      // 5 Lambda functions + the Firehose, which still shares the shard: 6 shared consumers.
      expect(codes(result)).toContain('kds-shared-consumers')
    })

    it('is silent for Lambda, a KCL application and Managed Flink', () => {
      for (const consumer of ['lambda', 'kcl-app', 'kinesis-data-analytics'] as const) {
        const d = diagram(
          [node('stream', 'kinesis-data-streams'), node('c', consumer)],
          [edge('stream', 'c', { config: { enhancedFanOut: true } })]
        )
        expect(codes(validateDiagram(d))).not.toContain('efo-unsupported')
      }
    })

    it('warns when the setting is on an edge that does not leave a Kinesis stream', () => {
      const d = diagram(
        [node('q', 'sqs'), node('fn', 'lambda')],
        [edge('q', 'fn', { config: { enhancedFanOut: true } })]
      )
      expect(withCode(validateDiagram(d), 'efo-unsupported')[0]!.message).toMatch(
        /Kinesis Data Streams setting/
      )
    })
  })

  describe('kds-efo-consumers', () => {
    it('is an error at 21 enhanced fan-out consumers', () => {
      const result = streamWithConsumers(21, 21)
      const [p] = withCode(result, 'kds-efo-consumers')
      expect(p).toMatchObject({ severity: 'error', nodeId: 'stream' })
      expect(p!.message).toMatch(/\b21\b/)
      expect(p!.message).toMatch(/\b20\b/)
      expect(p!.citation).toMatch(/docs\.aws\.amazon\.com/)
      expect(codes(result)).not.toContain('kds-shared-consumers')
    })

    it('accepts 20', () => {
      expect(codes(streamWithConsumers(20, 20))).not.toContain('kds-efo-consumers')
    })

    // streams/latest/dev/how-do-i-size-a-stream.html: On-demand Advantage allows 50 per stream.
    it('allows 50 under On-demand Advantage and refuses 51', () => {
      const advantage = { capacityMode: 'on-demand-advantage' }
      expect(codes(streamWithConsumers(50, 50, advantage))).not.toContain('kds-efo-consumers')
      const [p] = withCode(streamWithConsumers(51, 51, advantage), 'kds-efo-consumers')
      expect(p!.message).toMatch(/at most 50\b/)
      expect(withCode(streamWithConsumers(21, 21), 'kds-efo-consumers')[0]!.message).toContain(
        'On-demand Advantage allows 50'
      )
    })
  })

  describe('self-loop', () => {
    it('is an error on the edge, even for a service that may call itself', () => {
      // lambda → lambda is a documented pair (Lambda destinations), but not on one node.
      const result = validateDiagram(
        diagram([node('fn', 'lambda')], [edge('fn', 'fn', { id: 'loop' })])
      )
      const [p, ...rest] = withCode(result, 'self-loop')
      expect(rest).toEqual([])
      expect(p).toMatchObject({ severity: 'error', edgeId: 'loop', nodeId: 'fn' })
      expect(result.edges.get('loop')?.verdict).toBe('error')
    })

    it('is reported instead of not-integrated', () => {
      const result = validateDiagram(diagram([node('lake', 's3')], [edge('lake', 'lake')]))
      expect(codes(result)).toContain('self-loop')
      expect(codes(result)).not.toContain('not-integrated')
    })

    it('is not raised for two nodes of the same service', () => {
      const result = validateDiagram(
        diagram([node('f1', 'lambda'), node('f2', 'lambda')], [edge('f1', 'f2')])
      )
      expect(codes(result)).not.toContain('self-loop')
      expect(result.edges.get('f1:f2')?.verdict).toBe('ok')
    })
  })

  describe('duplicate-edge', () => {
    it('warns about the second edge between the same nodes', () => {
      const d = diagram(
        [node('a', 's3'), node('b', 'athena')],
        [edge('a', 'b', { id: 'first' }), edge('a', 'b', { id: 'second' })]
      )
      const dupes = withCode(validateDiagram(d), 'duplicate-edge')
      expect(dupes.map((p) => p.edgeId)).toEqual(['second'])
      expect(dupes[0]?.severity).toBe('warning')
    })

    it('does not treat opposite directions as duplicates', () => {
      const d = diagram([node('a', 's3'), node('b', 'redshift')], [edge('a', 'b'), edge('b', 'a')])
      const result = validateDiagram(d)
      expect(codes(result)).not.toContain('duplicate-edge')
      expect(result.counts.error).toBe(0)
    })
  })

  describe('not-integrated', () => {
    it('is an error with a fix that inserts the missing services', () => {
      const result = validateDiagram(pipeline('kinesis-data-streams', 's3'))
      const [p, ...rest] = withCode(result, 'not-integrated')
      expect(rest).toEqual([])
      expect(p).toMatchObject({ severity: 'error', edgeId: 'kinesis-data-streams:s3' })
      expect(p!.message).toContain('Kinesis Data Streams → Data Firehose → Amazon S3')
      expect(p!.fix).toEqual({
        kind: 'insert-services',
        edgeId: 'kinesis-data-streams:s3',
        services: ['kinesis-firehose'],
        description: expect.stringContaining('Firehose')
      })
      expect(result.edges.get('kinesis-data-streams:s3')?.verdict).toBe('error')
    })

    it('has no fix when no chain exists', () => {
      const [p] = withCode(validateDiagram(pipeline('quicksight', 'athena')), 'not-integrated')
      expect(p).toBeDefined()
      expect(p!.fix).toBeUndefined()
    })

    it('is absent for documented pairs', () => {
      expect(
        codes(validateDiagram(pipeline('kinesis-data-streams', 'kinesis-firehose', 's3')))
      ).not.toContain('not-integrated')
    })
  })

  describe('integration-caveat', () => {
    it("is a warning carrying the row's note and citation", () => {
      const result = validateDiagram(pipeline('kinesis-data-streams', 'opensearch'))
      const [p] = withCode(result, 'integration-caveat')
      expect(p).toMatchObject({ severity: 'warning', edgeId: 'kinesis-data-streams:opensearch' })
      expect(p!.message).toMatch(/OpenSearch Ingestion pipeline/)
      expect(p!.citation).toBeDefined()
      expect(result.edges.get('kinesis-data-streams:opensearch')?.verdict).toBe('warning')
    })

    it('is absent for an ok pair', () => {
      expect(
        codes(validateDiagram(pipeline('kinesis-data-streams', 'kinesis-firehose', 'opensearch')))
      ).not.toContain('integration-caveat')
    })
  })

  describe('result shape', () => {
    it('sorts problems errors first and counts them', () => {
      const d = diagram(
        [node('stream', 'kinesis-data-streams'), node('lake', 's3'), node('lonely', 'sqs')],
        [edge('stream', 'lake')]
      )
      const result = validateDiagram(d)
      expect(result.problems.map((p) => p.severity)).toEqual(['error', 'warning'])
      expect(result.counts).toEqual({ error: 1, warning: 1, info: 0 })
      expect(result.nodeProblems.get('lonely')?.map((p) => p.code)).toEqual(['orphan-node'])
      expect(result.nodeProblems.has('stream')).toBe(false)
    })

    it('skips an edge whose endpoint is missing instead of crashing', () => {
      const d = diagram([node('a', 's3')], [edge('a', 'ghost')])
      const result = validateDiagram(d)
      expect(result.edges.size).toBe(0)
      expect(codes(result)).toEqual(['orphan-node'])
    })
  })
})
