/**
 * Sizers of the processing services other than Lambda: Glue, EMR, Managed Flink, Step Functions,
 * MWAA, OpenSearch Ingestion, and the KCL and connector applications on EC2.
 */
import {
  ANALYTICS_LIMITS as A,
  KCL_DEFAULTS as KCL,
  OPENSEARCH_INGESTION_LIMITS as OSI
} from '../../catalog/limits'
import { enteredCostItem, type LineItem } from '../pricing/priceBook'
import type { PriceId } from '../../catalog/priceIds'
import type { ServiceConfigOf } from '../serviceConfig'
import { DAYS_PER_MONTH } from '../units'
import { ceilUnits, fmt, sized, type Sizer } from './types'

export const crawler: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'glue-crawler'>
  const dpuHours = (c.runsPerDay * c.minutesPerRun * c.dpus * DAYS_PER_MONTH) / 60
  return sized(
    { dpuHoursPerMonth: dpuHours },
    [book.item('glue.crawlerDpuHour', 'Crawler DPU-hours', dpuHours)],
    () => [
      `${c.runsPerDay} run(s)/day × ${c.minutesPerRun} min × ${c.dpus} DPU = ${fmt(dpuHours)} DPU-hours/month.`
    ]
  )
}

export const catalog: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'glue-data-catalog'>
  const extraObjects = Math.max(0, c.objects - A.catalogFreeObjects.value)
  const extraRequests = Math.max(0, c.requestsPerMonth - A.catalogFreeRequests.value)
  const items: LineItem[] = []
  if (extraObjects > 0)
    items.push(
      book.item(
        'glue.catalogObjects100k',
        'Objects stored beyond the free million',
        extraObjects / 100_000
      )
    )
  if (extraRequests > 0)
    items.push(
      book.item(
        'glue.catalogRequestsMillion',
        'Requests beyond the free million',
        extraRequests / 1e6
      )
    )
  return sized({ objects: c.objects }, items, () => [
    `The first ${fmt(A.catalogFreeObjects.value)} objects and ${fmt(A.catalogFreeRequests.value)} requests a month are free.`
  ])
}

export const glueEtl: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'glue-etl'>
  const dpuHours = c.dpus * c.hoursPerDay * DAYS_PER_MONTH
  return sized(
    { dpus: c.dpus, dpuHoursPerMonth: dpuHours },
    [book.item('glue.etlDpuHour', 'ETL DPU-hours', dpuHours)],
    () => [`${c.dpus} DPU × ${c.hoursPerDay} h/day = ${fmt(dpuHours)} DPU-hours/month.`],
    `${c.dpus} DPU`
  )
}

export const databrew: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'glue-databrew'>
  const nodeHours = c.nodes * c.hoursPerDay * DAYS_PER_MONTH
  return sized(
    { nodeHoursPerMonth: nodeHours },
    [book.item('glue.databrewNodeHour', 'Job node-hours', nodeHours)],
    () => [`${c.nodes} nodes × ${c.hoursPerDay} h/day = ${fmt(nodeHours)} node-hours/month.`]
  )
}

export const emr: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'emr'>
  const hours = c.instances * c.hoursPerDay * DAYS_PER_MONTH
  return sized(
    { instances: c.instances },
    [
      book.item('ec2.m5.xlarge', 'EC2 m5.xlarge instance hours', hours),
      book.item('emr.m5.xlarge', 'EMR charge on m5.xlarge', hours)
    ],
    () => [
      `${c.instances} instances × ${c.hoursPerDay} h/day = ${fmt(hours)} instance-hours/month.`
    ],
    `${c.instances} nodes`
  )
}

export const flink: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'kinesis-data-analytics'>
  const H = book.hoursPerMonth
  const kpus = c.kpus + A.flinkOrchestrationKpus.value
  return sized(
    { kpus: c.kpus },
    [
      book.item(
        'flink.kpuHour',
        `KPU hours (${c.kpus} + ${A.flinkOrchestrationKpus.value} for orchestration)`,
        kpus * H
      ),
      book.item(
        'flink.runningStorageGBMonth',
        'Running application storage',
        c.kpus * A.flinkStorageGBPerKpu.value
      )
    ],
    () => [
      `(${c.kpus} KPU + ${A.flinkOrchestrationKpus.value} orchestration KPU) × ${H} h; ${A.flinkStorageGBPerKpu.value} GB of storage per KPU.`
    ],
    `${c.kpus} KPU`
  )
}

export const stepFunctions: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'step-functions'>
  const thousands = (c.executionsPerDay * c.transitionsPerExecution * DAYS_PER_MONTH) / 1000
  return sized(
    { transitionsPerMonth: thousands * 1000 },
    [book.item('stepfunctions.transitionsThousand', 'State transitions (Standard)', thousands)],
    () => [`${fmt(c.executionsPerDay)} executions/day × ${c.transitionsPerExecution} transitions.`]
  )
}

export const ec2Hosted: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'kinesis-connector-library'>
  if (c.instances === 0)
    return sized({ instances: 0 }, [], () => ['Runs outside this estimate (0 EC2 instances).'])
  return sized(
    { instances: c.instances },
    [book.item('ec2.m5.xlarge', 'EC2 m5.xlarge instance hours', c.instances * book.hoursPerMonth)],
    () => [`${c.instances} × m5.xlarge × ${book.hoursPerMonth} h.`]
  )
}

/**
 * A KCL application: its EC2 hosts, and one lease per shard of the streams it reads, which its
 * lease table (a DynamoDB edge carrying checkpoints) is sized from.
 */
export const kclApp: Sizer = (ctx) => {
  const hosted = ec2Hosted(ctx)
  let leases = 0
  for (const i of ctx.incoming) {
    if (i.from.service === 'kinesis-data-streams')
      leases += (i.fromSizing?.capacity.shards ?? 0) * KCL.leasesPerShard.value
  }
  const explainHosts = hosted.explain
  return sized({ ...hosted.capacity, leases }, hosted.lineItems, () => [
    ...explainHosts(),
    `${fmt(leases)} lease(s): one per shard of the Kinesis streams it reads; the lease table is sized from them.`
  ])
}

export const mwaa: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'mwaa'>
  const H = book.hoursPerMonth
  return sized(
    {},
    [
      book.item(
        `mwaa.environment.${c.environmentClass}` as PriceId,
        `${c.environmentClass} environment hours`,
        H
      )
    ],
    () => [
      `One ${c.environmentClass} environment × ${H} h. Extra workers and schedulers, and the metadata database, are not included.`
    ],
    c.environmentClass
  )
}

export const openSearchIngestion: Sizer = ({ config, throughput, book }) => {
  const value = (config as ServiceConfigOf<'opensearch-ingestion'>).monthlyCostUSD
  const H = book.hoursPerMonth
  // The pipeline's maximum capacity is sized for the peak; it bills only the OCUs in use, so the bill follows the average.
  const ocusFor = (mibps: number) =>
    Math.max(OSI.minOcus.value, ceilUnits(mibps / OSI.mibPerSecondPerOcu.value))
  const ocus = ocusFor(Math.max(throughput.peakInMBps, throughput.inMBps))
  const averageOcus = ocusFor(throughput.inMBps)
  const tooMany = ocus > OSI.maxOcusStateless.value
  const items =
    value > 0
      ? [enteredCostItem(value)]
      : [
          book.item(
            'opensearchIngestion.ocuHour',
            `Ingestion OCU-hours (${fmt(averageOcus)} OCU at the average)`,
            averageOcus * H
          )
        ]
  return sized(
    { ocus },
    items,
    () => [
      `About ${ocus} OCU at the peak: ${fmt(throughput.peakInMBps, 3)} MiB/s at roughly ${OSI.mibPerSecondPerOcu.value} MiB/s per OCU, AWS's figure for a simple log pipeline (at least ${OSI.minOcus.value}); set the pipeline's maximum capacity to at least this.`,
      `The pipeline is billed for the OCUs in use: ${fmt(averageOcus)} OCU at the average of ${fmt(throughput.inMBps, 3)} MiB/s × ${H} h.`,
      ...(tooMany
        ? [
            `A stateless pipeline has at most ${OSI.maxOcusStateless.value} OCUs: split the traffic over several pipelines.`
          ]
        : []),
      value > 0
        ? 'The cost is what you entered in its settings, in place of the OCU-hour estimate.'
        : 'The OCU-hour price is from a third-party post (grade C), not an AWS page: check it before you rely on it.'
    ],
    `≈ ${ocus} OCU`
  )
}
