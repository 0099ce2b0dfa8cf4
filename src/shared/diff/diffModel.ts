import type { ServiceId } from '../catalog/services'
import type { ConfigValue } from '../diagram/schema'
import type { Diagram } from '../diagram/types'
import type { FigureKey } from '../estimation/figureLabels'
import type { Counts } from '../validation/validationResult'
import type { Problem } from '../validation/problems'

/** One setting that differs: where it is (`config.shards`, `label`) and its two values; absent is left out. */
export interface SettingChange {
  path: string
  before?: ConfigValue
  after?: ConfigValue
}

/** A service as a reviewer recognises it: its id, its service and its label. */
export interface NodeRef {
  id: string
  service: ServiceId
  label?: string
}

export interface NodeChange extends NodeRef {
  /** Label, service, external reference and settings; never the position or the frame. */
  changes: SettingChange[]
}

/** A connection: its ends (node ids) and the mechanism the validator took for it (its label). */
export interface EdgeRef {
  id: string
  source: string
  target: string
  mechanism?: string
}

export interface EdgeChange extends EdgeRef {
  /** Set when the edge was matched by its ends and mechanism, not by its id. */
  beforeId?: string
  changes: SettingChange[]
}

/** A problem found on both sides (same code and subject) whose message or severity differs. */
export interface ProblemChange {
  before: Problem
  after: Problem
}

export interface ProblemDiff {
  /** Errors first, then warnings, then notes. */
  new: Problem[]
  resolved: Problem[]
  changed: ProblemChange[]
  /** Problems found on both sides, word for word. */
  unchanged: number
  before: Counts
  after: Counts
}

/** A capacity figure that differs; absent on one side when that side's sizer did not report it. */
export interface FigureChange {
  key: FigureKey
  before?: number
  after?: number
}

export interface CapacityChange {
  node: NodeRef
  figures: FigureChange[]
}

/** A service's monthly cost on each side: 0 where it does not exist. */
export interface CostChange {
  node: NodeRef
  beforeUSD: number
  afterUSD: number
  deltaUSD: number
}

export interface CostDiff {
  /** Every service of either side, the largest change first. Their deltas sum to `deltaUSD`. */
  services: CostChange[]
  beforeUSD: number
  afterUSD: number
  deltaUSD: number
  pricing: { region: string; asOf: string }
}

/** What a change does to a diagram: structure, settings, verdicts, capacity and cost. */
export interface DiagramDiff {
  /** The diagram's own settings: its name and price overrides. */
  diagram: SettingChange[]
  nodes: { added: NodeRef[]; removed: NodeRef[]; changed: NodeChange[]; moved: number }
  edges: { added: EdgeRef[]; removed: EdgeRef[]; changed: EdgeChange[] }
  problems: ProblemDiff
  capacity: CapacityChange[]
  cost: CostDiff
}

/** A diff with what its formatters name things from: each side's diagram and how it was given. */
export interface DiffReport {
  diff: DiagramDiff
  before: { label: string; diagram: Diagram }
  after: { label: string; diagram: Diagram }
  /** What the reader must know first: "new file: everything is added", how an input was read. */
  notes: readonly string[]
}
