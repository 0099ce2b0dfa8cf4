/** Sizers of the storage services other than DynamoDB: S3, Redshift and OpenSearch Service. */
import { S3_LIMITS as S3 } from '../../catalog/limits'
import type { PriceId } from '../../catalog/priceIds'
import type { ServiceConfigOf } from '../serviceConfig'
import { DAYS_PER_MONTH, secondsPerMonth, SECONDS_PER_DAY } from '../units'
import { objectsPerSecond } from '../objectRate'
import { fmt, sized, tieredItems, type Sizer } from './types'

export const s3: Sizer = (ctx) => {
  const { config, book, throughput } = ctx
  const c = config as ServiceConfigOf<'s3'>
  const storedGB = (throughput.inMBps * SECONDS_PER_DAY * c.retentionDays) / 1024
  const putsPerSecond = objectsPerSecond(
    ctx.incoming.map((i) => ({ service: i.from.service, config: i.fromConfig, flow: i.flow })),
    c.averageObjectSizeMB
  )
  const storage =
    c.storageClass === 'standard'
      ? tieredItems(book, storedGB, 'Storage (standard)', [
          { price: 's3.standardGBMonth', size: S3.standardTier1GB.value },
          {
            price: 's3.standardGBMonthTier2',
            size: S3.standardTier2GB.value,
            suffix: ', next 450 TB'
          },
          { price: 's3.standardGBMonthTier3', suffix: ', beyond 500 TB' }
        ])
      : [book.item('s3.standardIaGBMonth', 'Storage (standard-ia)', storedGB)]
  const items = [
    ...storage,
    book.item(
      's3.putThousand',
      'PUT requests',
      (putsPerSecond * secondsPerMonth(book.hoursPerMonth)) / 1000
    )
  ]
  if (c.getsPerDay > 0)
    items.push(book.item('s3.getThousand', 'GET requests', (c.getsPerDay * DAYS_PER_MONTH) / 1000))
  return sized(
    { storedGB, putsPerSecond },
    items,
    () => [
      `Stored = ${fmt(throughput.inMBps, 3)} MB/s × ${c.retentionDays} days = ${fmt(storedGB)} GB at steady state.`,
      `PUTs = ${fmt(putsPerSecond, 3)}/s: a Firehose writer puts one object per buffer (size or interval, whichever comes first); other writers ${c.averageObjectSizeMB} MB objects.`,
      ...(c.storageClass === 'standard'
        ? [
            "S3 Standard's storage tiers (first 50 TB, next 450 TB, then the rest) count the account's whole Standard storage in the Region; this estimate applies them to this bucket alone."
          ]
        : [])
    ],
    storedGB >= 1024 ? `${fmt(storedGB / 1024, 1)} TB` : `${fmt(storedGB, 0)} GB`
  )
}

export const redshift: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'redshift'>
  const H = book.hoursPerMonth
  if (c.deployment === 'serverless') {
    const rpuHours = c.serverlessRpus * c.serverlessHoursPerDay * DAYS_PER_MONTH
    return sized(
      { rpus: c.serverlessRpus },
      [
        book.item('redshift.serverlessRpuHour', 'Serverless RPU-hours', rpuHours),
        book.item('redshift.managedStorageGBMonth', 'Managed storage', c.managedStorageGB)
      ],
      () => [
        `${c.serverlessRpus} RPU × ${c.serverlessHoursPerDay} active h/day = ${fmt(rpuHours)} RPU-hours/month.`
      ],
      `${c.serverlessRpus} RPU`
    )
  }
  const items = [
    book.item(`redshift.node.${c.nodeType}` as PriceId, `${c.nodeType} node hours`, c.nodes * H)
  ]
  if (c.nodeType.startsWith('ra3'))
    items.push(book.item('redshift.managedStorageGBMonth', 'Managed storage', c.managedStorageGB))
  return sized(
    { nodes: c.nodes },
    items,
    () => [`${c.nodes} × ${c.nodeType} nodes × ${H} h.`],
    `${c.nodes} × ${c.nodeType}`
  )
}

export const opensearch: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'opensearch'>
  const H = book.hoursPerMonth
  return sized(
    { instances: c.instances },
    [
      book.item(
        `opensearch.instance.${c.instanceType}` as PriceId,
        `${c.instanceType} instance hours`,
        c.instances * H
      ),
      book.item('opensearch.gp3GBMonth', 'gp3 storage', c.instances * c.storageGBPerInstance)
    ],
    () => [`${c.instances} × ${c.instanceType} × ${H} h, ${c.storageGBPerInstance} GB each.`],
    `${c.instances} × ${c.instanceType}`
  )
}
