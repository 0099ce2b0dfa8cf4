/**
 * What flows along an edge or through a node: the average, which usage prices are charged on,
 * and the peak, which provisioned capacity must absorb. Peaks of several sources are added, as if
 * they coincide: the safe assumption when sizing for them.
 */
export interface Flow {
  recordsPerSecond: number
  mbps: number
  peakRecordsPerSecond: number
  peakMBps: number
}

export interface NodeThroughput {
  inRecordsPerSecond: number
  inMBps: number
  outRecordsPerSecond: number
  outMBps: number
  peakInRecordsPerSecond: number
  peakInMBps: number
  peakOutRecordsPerSecond: number
  peakOutMBps: number
}

export const ZERO: Flow = { recordsPerSecond: 0, mbps: 0, peakRecordsPerSecond: 0, peakMBps: 0 }

export function scaled(f: Flow, records: number, size: number): Flow {
  return {
    recordsPerSecond: f.recordsPerSecond * records,
    mbps: f.mbps * size,
    peakRecordsPerSecond: f.peakRecordsPerSecond * records,
    peakMBps: f.peakMBps * size
  }
}

export function add(a: Flow, b: Flow): Flow {
  return {
    recordsPerSecond: a.recordsPerSecond + b.recordsPerSecond,
    mbps: a.mbps + b.mbps,
    peakRecordsPerSecond: a.peakRecordsPerSecond + b.peakRecordsPerSecond,
    peakMBps: a.peakMBps + b.peakMBps
  }
}
