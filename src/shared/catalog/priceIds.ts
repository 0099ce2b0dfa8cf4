// The keys of every price, in the catalog so that the diagram schema (price overrides) does not
// import the estimator.
/** Every price the estimator uses. Keys are stable: price overrides in diagram files refer to them. */
export const PRICE_IDS = [
  // Kinesis Data Streams, provisioned
  'kds.shardHour',
  'kds.putPayloadUnitsMillion',
  'kds.extendedRetentionShardHour',
  'kds.longTermRetentionGBMonth',
  'kds.efoConsumerShardHour',
  'kds.efoRetrievalGB',
  // Kinesis Data Streams, on-demand (Standard)
  'kds.od.streamHour',
  'kds.od.ingestGB',
  'kds.od.retrievalGB',
  'kds.od.efoRetrievalGB',
  'kds.od.extendedRetentionGBMonth',
  'kds.od.longTermRetentionGBMonth',
  // Kinesis Data Streams, On-demand Advantage
  'kds.oda.ingestGB',
  'kds.oda.retrievalGB',
  'kds.oda.efoRetrievalGB',
  'kds.oda.extendedRetentionGBMonth',
  // Firehose
  'firehose.ingestGBTier1',
  'firehose.ingestGBTier2',
  'firehose.ingestGBTier3',
  'firehose.mskIngestGB',
  'firehose.formatConversionGB',
  // MSK
  'msk.broker.kafka.t3.small',
  'msk.broker.kafka.m5.large',
  'msk.broker.kafka.m7g.large',
  'msk.storageGBMonth',
  'msk.broker.express.m7g.large',
  'msk.express.writtenGB',
  'msk.express.storageGBMonth',
  'msk.serverless.clusterHour',
  'msk.serverless.partitionHour',
  'msk.serverless.inGB',
  'msk.serverless.outGB',
  'msk.serverless.storageGBMonth',
  // Managed Flink
  'flink.kpuHour',
  'flink.runningStorageGBMonth',
  // Lambda
  'lambda.requestsMillion',
  'lambda.gbSecondTier1',
  'lambda.gbSecondTier2',
  'lambda.gbSecondTier3',
  // S3
  's3.standardGBMonth',
  's3.standardGBMonthTier2',
  's3.standardGBMonthTier3',
  's3.standardIaGBMonth',
  's3.putThousand',
  's3.getThousand',
  // Athena, Glue, Redshift
  'athena.scannedTB',
  'glue.etlDpuHour',
  'glue.crawlerDpuHour',
  'glue.catalogObjects100k',
  'glue.catalogRequestsMillion',
  'glue.databrewNodeHour',
  'redshift.node.dc2.large',
  'redshift.node.ra3.xlplus',
  'redshift.node.ra3.4xlarge',
  'redshift.node.ra3.16xlarge',
  'redshift.managedStorageGBMonth',
  'redshift.spectrumScannedTB',
  'redshift.serverlessRpuHour',
  // DynamoDB
  'dynamodb.od.writeMillion',
  'dynamodb.od.readMillion',
  'dynamodb.wcuHour',
  'dynamodb.rcuHour',
  'dynamodb.storageGBMonth',
  'dynamodb.streamsReadMillion',
  // Messaging and IoT
  'sqs.standardRequestsMillion',
  'sqs.fifoRequestsMillion',
  'sns.publishMillion',
  'sns.firehoseDeliveriesMillion',
  'sns.httpDeliveries100k',
  'iot.messagesMillion',
  'iot.messagesMillionTier2',
  'iot.messagesMillionTier3',
  'iot.rulesTriggeredMillion',
  'iot.actionsMillion',
  // OpenSearch, EMR, EC2
  'opensearch.instance.t3.small.search',
  'opensearch.instance.r6g.large.search',
  'opensearch.gp3GBMonth',
  'opensearchIngestion.ocuHour',
  'emr.m5.xlarge',
  'ec2.m5.xlarge',
  // QuickSight, Kinesis Video Streams, DMS, Step Functions
  'quicksight.authorMonth',
  'quicksight.readerMonth',
  'kvs.ingestGB',
  'kvs.storageGBMonth',
  'kvs.consumedGB',
  'dms.instance.dms.t2.micro',
  'dms.instance.dms.t3.medium',
  'dms.storageGBMonth',
  'stepfunctions.transitionsThousand',
  // API Gateway, EventBridge, MWAA
  'apigateway.restRequestsMillion',
  'apigateway.restRequestsMillionTier2',
  'apigateway.restRequestsMillionTier3',
  'apigateway.restRequestsMillionTier4',
  'apigateway.httpRequestsMillion',
  'apigateway.httpRequestsMillionTier2',
  'eventbridge.customEventsMillion',
  'eventbridge.pipesRequestsMillion',
  'mwaa.environment.mw1.small',
  'mwaa.environment.mw1.medium',
  'mwaa.environment.mw1.large'
] as const

export type PriceId = (typeof PRICE_IDS)[number]

/** Prices the user negotiated or wants to try, saved with the diagram. */
export type PriceOverrides = Partial<Record<PriceId, number>>
