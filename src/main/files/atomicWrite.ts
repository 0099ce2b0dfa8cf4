import writeFileAtomic from 'write-file-atomic'

export type AtomicWriter = (path: string, data: string | Buffer, options: writeFileAtomic.Options) => Promise<void>

/**
 * Writes to a temporary file beside `path`, fsyncs it and renames it over `path`, so a crash or a
 * failed write leaves either the old file or the new one, never half of each. The writer is a
 * parameter so that tests can make any step fail.
 */
export async function atomicWriteText(path: string, text: string, write: AtomicWriter = writeFileAtomic): Promise<void> {
  await write(path, text, { encoding: 'utf8', fsync: true })
}

export async function atomicWriteBytes(path: string, bytes: Uint8Array, write: AtomicWriter = writeFileAtomic): Promise<void> {
  // write-file-atomic takes a Buffer; wrapping shares the memory instead of copying it.
  const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  await write(path, data, { fsync: true })
}
