import { awsDoc } from '../../catalog/citations'

/**
 * DPUs per Glue worker, by WorkerType, as AWS Glue's worker-type page lists them (R workers are
 * memory-optimised M-DPUs, billed as DPUs). Standard is left out: AWS gives it no DPU figure.
 * A job's DPUs are NumberOfWorkers × this, or MaxCapacity when it sets no worker type.
 */
export const GLUE_WORKER_DPUS: Readonly<Record<string, number>> = {
  'G.025X': 0.25,
  'G.1X': 1,
  'G.2X': 2,
  'G.4X': 4,
  'G.8X': 8,
  'G.12X': 12,
  'G.16X': 16,
  'R.1X': 1,
  'R.2X': 2,
  'R.4X': 4,
  'R.8X': 8,
  'Z.2X': 2
}

export const GLUE_WORKER_CITATION = awsDoc(
  'https://docs.aws.amazon.com/glue/latest/dg/worker-types.html',
  'AWS Glue worker types (DPUs per worker)'
)
