import writeFileAtomic from 'write-file-atomic'

export type AtomicWriter = (path: string, text: string, options: writeFileAtomic.Options) => Promise<void>

/**
 * Writes to a temporary file beside `path`, fsyncs it and renames it over `path`, so a crash or a
 * failed write leaves either the old file or the new one, never half of each. The writer is a
 * parameter so that tests can make any step fail.
 */
export async function atomicWriteText(path: string, text: string, write: AtomicWriter = writeFileAtomic): Promise<void> {
  await write(path, text, { encoding: 'utf8', fsync: true })
}
