/** Exit codes: 0 no errors, 1 the diagram has errors, 2 the file cannot be used (or bad usage). */
export const EXIT = { ok: 0, problems: 1, unusable: 2 } as const
