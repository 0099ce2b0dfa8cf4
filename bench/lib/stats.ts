/** Timing helpers shared by the Node benchmarks. */
import { PerformanceObserver, performance } from 'node:perf_hooks'

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export interface Timing {
  /** Milliseconds. */
  median: number
  min: number
  /** The slowest run: with `min`, the spread the tables show in brackets. */
  max: number
  runs: number
  /** Median time the garbage collector ran within one timed call (ms), once gcIn() has filled it in. */
  gcMs?: number
  /** Start and end of each timed call, on performance.now()'s clock. */
  windows?: Array<[number, number]>
}

// Garbage collections, as Node reports them; gcIn() picks those inside a measurement's calls.
const gcObserver = new PerformanceObserver(() => {})
gcObserver.observe({ entryTypes: ['gc'] })
const collections: Array<{ start: number; duration: number }> = []

/** Fills in `gcMs` of each timing: call after the measurements, it lets Node deliver its records. */
export async function gcIn(...timings: Timing[]): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve))
  for (const entry of gcObserver.takeRecords())
    collections.push({ start: entry.startTime, duration: entry.duration })
  for (const timing of timings) {
    const perRun = (timing.windows ?? []).map(([from, to]) =>
      collections
        .filter((c) => c.start >= from && c.start < to)
        .reduce((sum, c) => sum + Math.min(c.duration, to - c.start), 0)
    )
    timing.gcMs = median(perRun)
    delete timing.windows
  }
}

const exposedGc = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc

/**
 * With --expose-gc, two minor collections before a timed call move what setup() just made (a
 * fresh copy of a large diagram) out of the nursery, and the previous call's result is dropped
 * first: otherwise the call's own scavenges copy megabytes of input and leftovers, which in the
 * app have long been in the old generation. The collections the call itself causes are still
 * in its time (and in gcIn()'s figure).
 */
function settleNursery(): void {
  exposedGc?.({ type: 'minor' })
  exposedGc?.({ type: 'minor' })
}

/**
 * Runs `fn` a few times to warm the JIT, then until both `minRuns` runs and `budgetMs` have
 * passed (at most `maxRuns`), and reports the median. `setup` runs before each timed call and is
 * not timed.
 */
export function measure<T>(
  fn: (input: T) => unknown,
  setup: () => T,
  { warmup = 3, minRuns = 10, maxRuns = 500, budgetMs = 1000 } = {}
): Timing {
  let sink: unknown
  for (let i = 0; i < warmup; i++) sink = fn(setup())
  const times: number[] = []
  const windows: Array<[number, number]> = []
  const start = performance.now()
  while (
    times.length < maxRuns &&
    (times.length < minRuns || performance.now() - start < budgetMs)
  ) {
    // Drops the last result before the nursery is settled, so it is not collected mid-run.
    // eslint-disable-next-line no-useless-assignment -- the assignment's effect is on the GC
    sink = undefined
    const input = setup()
    settleNursery()
    const t0 = performance.now()
    sink = fn(input)
    const t1 = performance.now()
    times.push(t1 - t0)
    windows.push([t0, t1])
  }
  if (sink === Symbol.for('never')) console.log(sink) // keep the result alive
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    runs: times.length,
    windows
  }
}

/**
 * measure() for work that finishes later (ELK's layout is a promise): the same warm-up, budget,
 * nursery settling and median, each call awaited before the next starts.
 */
export async function measureAsync<T>(
  fn: (input: T) => Promise<unknown>,
  setup: () => T,
  { warmup = 1, minRuns = 5, maxRuns = 50, budgetMs = 1000 } = {}
): Promise<Timing> {
  let sink: unknown
  for (let i = 0; i < warmup; i++) sink = await fn(setup())
  const times: number[] = []
  const windows: Array<[number, number]> = []
  const start = performance.now()
  while (
    times.length < maxRuns &&
    (times.length < minRuns || performance.now() - start < budgetMs)
  ) {
    // eslint-disable-next-line no-useless-assignment -- the assignment's effect is on the GC
    sink = undefined
    const input = setup()
    settleNursery()
    const t0 = performance.now()
    sink = await fn(input)
    const t1 = performance.now()
    times.push(t1 - t0)
    windows.push([t0, t1])
  }
  if (sink === Symbol.for('never')) console.log(sink)
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    runs: times.length,
    windows
  }
}
