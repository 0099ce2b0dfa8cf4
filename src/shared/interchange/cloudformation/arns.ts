import type { ServiceId } from '../../catalog/services'

/**
 * What an ARN, queue URL or S3 path names: its service and the resource's name. The ARN formats
 * are each service's own ("Actions, resources, and condition keys" in the Service Authorization
 * Reference: https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html).
 * Placeholders (`${StreamName}`) may stand anywhere; pseudo parameters are read as the text they name.
 */
export interface ArnTarget {
  service: ServiceId
  name: string
  /** A DynamoDB table's stream (`table/NAME/stream/LABEL`). */
  stream?: boolean
}

type ResourcePart = (resource: string) => ArnTarget | undefined

function after(prefix: string, service: ServiceId, resource: string): ArnTarget | undefined {
  if (!resource.startsWith(prefix)) return undefined
  const name = resource.slice(prefix.length).split(/[/:]/)[0] ?? ''
  return name ? { service, name } : undefined
}

const BY_SERVICE: Readonly<Record<string, ResourcePart>> = {
  kinesis: (r) => after('stream/', 'kinesis-data-streams', r),
  firehose: (r) => after('deliverystream/', 'kinesis-firehose', r),
  kafka: (r) => after('cluster/', 'msk', r),
  sqs: (r) => (r ? { service: 'sqs', name: r } : undefined),
  sns: (r) => (r ? { service: 'sns', name: r.split(':')[0]! } : undefined),
  lambda: (r) => after('function:', 'lambda', r),
  s3: (r) => (r ? { service: 's3', name: r.split('/')[0]! } : undefined),
  dynamodb: (r) => {
    const t = after('table/', 'dynamodb', r)
    if (!t) return undefined
    return r.includes('/stream/') ? { service: 'dynamodb-streams', name: t.name, stream: true } : t
  },
  states: (r) => after('stateMachine:', 'step-functions', r),
  events: (r) => after('event-bus/', 'eventbridge', r),
  glue: (r) =>
    after('job/', 'glue-etl', r) ??
    after('crawler/', 'glue-crawler', r) ??
    after('database/', 'glue-data-catalog', r) ??
    after('table/', 'glue-data-catalog', r),
  es: (r) => after('domain/', 'opensearch', r),
  aoss: (r) => after('collection/', 'opensearch', r),
  redshift: (r) => after('cluster:', 'redshift', r),
  'redshift-serverless': (r) => after('workgroup/', 'redshift', r),
  athena: (r) => after('workgroup/', 'athena', r),
  timestream: (r) => after('database/', 'timestream', r),
  kinesisanalytics: (r) => after('application/', 'kinesis-data-analytics', r),
  iot: (r) => after('rule/', 'iot-core', r),
  pipes: (r) => after('pipe/', 'eventbridge-pipes', r),
  'execute-api': (r) => (r ? { service: 'api-gateway', name: r.split('/')[0]! } : undefined),
  rds: (r) => after('db:', 'rds', r) ?? after('cluster:', 'rds', r),
  sagemaker: (r) => after('endpoint/', 'sagemaker', r)
}

/** Pseudo parameters hold colons (`${AWS::Region}`); read them as words before splitting on ':'. */
const PSEUDO = /\$\{AWS::(\w+)\}/g

export function arnTarget(raw: string): ArnTarget | undefined {
  const s = raw.trim().replace(PSEUDO, '$1')
  const arn = /^arn:[^:]*:([a-z0-9-]+):[^:]*:[^:]*:(.+)$/.exec(s)
  if (arn) return BY_SERVICE[arn[1]!]?.(arn[2]!)
  const s3 = /^s3a?:\/\/([^/]+)/.exec(s)
  if (s3) return { service: 's3', name: s3[1]! }
  const queue = /^https:\/\/sqs\.[^/]+\/[^/]+\/([^/]+)\/?$/.exec(s)
  if (queue) return { service: 'sqs', name: queue[1]! }
  return undefined
}
