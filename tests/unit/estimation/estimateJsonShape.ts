/**
 * The documented keys of each node in the estimate's JSON (estimateToJson, and so `pipewright
 * estimate --json`), sorted: the unit test and the CLI test check the same lists.
 */
export const NODE_KEYS = ['capacity', 'id', 'lineItems', 'monthlyCostUSD', 'service', 'throughput']

export const THROUGHPUT_KEYS = [
  'inMBps',
  'inRecordsPerSecond',
  'outMBps',
  'outRecordsPerSecond',
  'peakInMBps',
  'peakInRecordsPerSecond',
  'peakOutMBps',
  'peakOutRecordsPerSecond'
]

export const LINE_ITEM_KEYS = ['costUSD', 'item', 'quantity', 'unit', 'unitPriceUSD']
