/** Is the person typing in a field? Then its own keys and edit commands belong to the field. */
export function isTypingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

/** Inputs that hold no text: nothing of theirs for Ctrl+Z to undo. */
const TEXTLESS_INPUTS = new Set([
  'checkbox',
  'radio',
  'range',
  'color',
  'button',
  'submit',
  'reset',
  'file',
  'image'
])

/**
 * Does the focused element keep its own undo history (text being typed)? A select or a checkbox
 * does not: Ctrl+Z there undoes the diagram edit it just made.
 */
export function hasOwnUndo(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el) return false
  if (el.isContentEditable || el.tagName === 'TEXTAREA') return true
  return el.tagName === 'INPUT' && !TEXTLESS_INPUTS.has((el as HTMLInputElement).type)
}
