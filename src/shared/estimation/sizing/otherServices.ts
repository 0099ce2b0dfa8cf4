/**
 * The sizer of every service but the four with files of their own (estimate.ts adds those), by
 * service id; the sizers live in files by catalog category. Services with no list price take the
 * cost the user enters, and those that cost nothing of their own (sources run elsewhere) none.
 */
import { enteredCostItem } from '../pricing/priceBook'
import { athena, quicksight, spectrum } from './analytics'
import {
  catalog,
  crawler,
  databrew,
  ec2Hosted,
  emr,
  flink,
  glueEtl,
  kclApp,
  mwaa,
  openSearchIngestion,
  stepFunctions
} from './processing'
import { apiGateway, dms, iotCore } from './sources'
import { opensearch, redshift, s3 } from './storage'
import { dynamodbStreams, eventBridge, msk, pipes, sns, sqs, videoStreams } from './streaming'
import { emptySizing, sized, type Sizer } from './types'

/** Snowflake and HTTP endpoints: what their provider bills, as the user enters it. */
const partnerCost: Sizer = ({ config }) => {
  const value = (config as { monthlyCostUSD: number }).monthlyCostUSD
  return sized({}, value > 0 ? [enteredCostItem(value)] : [], () => [
    'Not an AWS charge: the cost is what you enter in its settings, from the provider or whoever runs it.'
  ])
}

const enteredCost: Sizer = ({ config }) => {
  const value = (config as { monthlyCostUSD: number }).monthlyCostUSD
  const out = sized({}, value > 0 ? [enteredCostItem(value)] : [], () => [
    'Pipewright has no list price for this service yet: the cost is what you enter in its settings.'
  ])
  return out
}

const noCost: Sizer = () => emptySizing()

export const OTHER_SIZERS: Record<string, Sizer> = {
  msk,
  sqs,
  sns,
  'iot-core': iotCore,
  s3,
  athena,
  'redshift-spectrum': spectrum,
  'glue-crawler': crawler,
  'glue-data-catalog': catalog,
  'glue-etl': glueEtl,
  'glue-databrew': databrew,
  redshift,
  emr,
  opensearch,
  'kinesis-data-analytics': flink,
  quicksight,
  'kinesis-video-streams': videoStreams,
  dms,
  'step-functions': stepFunctions,
  'kcl-app': kclApp,
  'kinesis-connector-library': ec2Hosted,
  'dynamodb-streams': dynamodbStreams,
  'api-gateway': apiGateway,
  eventbridge: eventBridge,
  'eventbridge-pipes': pipes,
  mwaa,
  'opensearch-ingestion': openSearchIngestion,
  snowflake: partnerCost,
  'http-endpoint': partnerCost,
  's3-tables': enteredCost,
  'lake-formation': enteredCost,
  batch: enteredCost,
  'data-pipeline': enteredCost,
  rds: enteredCost,
  elasticache: enteredCost,
  documentdb: enteredCost,
  timestream: enteredCost,
  hbase: enteredCost,
  sagemaker: enteredCost,
  'rekognition-video': enteredCost,
  cloudsearch: enteredCost,
  splunk: enteredCost,
  'machine-learning': enteredCost,
  kms: enteredCost,
  cloudhsm: enteredCost,
  'producer-app': noCost,
  'kinesis-agent': noCost,
  'iot-devices': noCost,
  'cloudwatch-logs': noCost,
  snowball: noCost,
  datasync: noCost,
  'on-prem-database': noCost
}
