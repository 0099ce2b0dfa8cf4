import { DIAGRAM_LIMITS } from './schema'

const MB = 1024 * 1024

/** Whether a diagram file (or its text, counted in UTF-8 bytes) is over the size limit. */
export function isTooLarge(bytes: number): boolean {
  return bytes > DIAGRAM_LIMITS.maxFileBytes
}

/**
 * The one wording for a refused oversized file, wherever it is refused (desktop, browser, CLI,
 * loader), so the limit the user is told is always the limit that applies. `subject` names the
 * file, e.g. its name in the browser where there is no dialog title to say which.
 */
export function tooLargeMessage(bytes: number, subject = 'The file'): string {
  return `${subject} is ${(bytes / MB).toFixed(1)} MB; diagrams are limited to ${DIAGRAM_LIMITS.maxFileBytes / MB} MB.`
}
