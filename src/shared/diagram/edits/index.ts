/**
 * Every change to a diagram, as a pure function: a diagram in, the next diagram out (the same
 * object when nothing changed). Ids are passed in, or made by an `newId` argument, so the store,
 * the CLI and tests get the same result for the same call.
 */
export { connect, setEdgeConfig } from './edges'
export { applyFix, type Fix, type FixResult } from './fixes'
export {
  DUPLICATE_OFFSET,
  duplicate,
  extractFragment,
  insertFragment,
  pasteFragment,
  type Fragment,
  type InsertResult
} from './fragments'
export { addGroup, DEFAULT_GROUP_SIZE, GROUP_LABELS, updateGroup, type GroupPatch } from './frames'
export { itemById, itemSize, type Point } from './items'
export { addNode, frameUnder, setNodeLabel, setNodeSetting } from './nodes'
export { addNote, DEFAULT_NOTE_SIZE, updateNote } from './notes'
export { commitDrag, moveItems, moveNodes } from './positions'
export { removeElements, removeItems } from './remove'
export { setName, setPriceOverride } from './settings'
