/**
 * Fields whose text has not been committed yet (a number still being typed) register here, so
 * that Save, Export and Close can commit them first: a value typed and then saved with Ctrl+S
 * is in the file, not lost in the input box.
 */
const pending = new Set<() => void>()

export function registerPendingEdit(flush: () => void): () => void {
  pending.add(flush)
  return () => pending.delete(flush)
}

export function flushPendingEdits(): void {
  for (const flush of [...pending]) flush()
}
