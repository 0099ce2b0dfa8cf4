import { DIAGRAM_LIMITS } from '../../diagram/schema'

/**
 * Bounds for reading a draw.io file someone else wrote. A page's compressed text may inflate to
 * far more than the file (a deflate bomb reaches ~1000:1), so inflation stops at a ceiling instead
 * of trusting the input; the ceiling leaves room for the URI encoding draw.io applies before
 * compressing (up to three bytes per character).
 */
export const DRAWIO_LIMITS = {
  maxInputBytes: DIAGRAM_LIMITS.maxFileBytes,
  maxInflatedBytes: 4 * DIAGRAM_LIMITS.maxFileBytes,
  maxPages: 1000,
  maxCells: DIAGRAM_LIMITS.maxNodes + DIAGRAM_LIMITS.maxEdges,
  /** Compressed input is fed to the inflater in slices this size, so one push cannot produce more than ~1000× it. */
  inflateSliceBytes: 4096
} as const

/**
 * Geometry of the conversion, Pipewright's own choices (docs/diagram-rules.md has none for import):
 * an arrow end within `nearTolerance` px of a shape's bounds is taken as attached to it, and
 * cards keep `cardGap` px between them once the drawing is scaled up to card size.
 */
export const DRAWIO_GEOMETRY = {
  nearTolerance: 30,
  cardGap: 40,
  framePadding: 30,
  /** Scaling never shrinks the drawing, and never spreads it by more than this. */
  maxScale: 8,
  /** Above this many services the pairwise spacing check is replaced by a fixed factor. */
  pairwiseLimit: 3000,
  fallbackScale: 2.5,
  noteMinWidth: 120,
  noteMinHeight: 40
} as const
