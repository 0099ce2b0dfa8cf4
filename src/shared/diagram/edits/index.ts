/**
 * Every change to a diagram, as a pure function: a diagram in, the next diagram out (the same
 * object when nothing changed). Ids are passed in, or made by an `newId` argument, so the store,
 * the CLI and tests get the same result for the same call.
 */
export { connect, setEdgeConfig } from './edges'
export { applyFix } from './fixes'
export { duplicate, extractFragment, pasteFragment, type Fragment } from './fragments'
export { addIgnore, removeIgnore } from './ignores'
export { addGroup, DEFAULT_GROUP_SIZE, GROUP_LABELS, updateGroup, type GroupPatch } from './frames'
export { itemById, itemSize, type Point } from './items'
export { addNode, setNodeLabel, setNodeSetting } from './nodes'
export { addNote, DEFAULT_NOTE_SIZE, updateNote } from './notes'
export { commitDrag, moveNodes } from './positions'
export { removeElements } from './remove'
export { setName, setPriceOverride } from './settings'
