import type { AllowedFinding } from './electronegativity.mjs'
export declare const ALLOWED_FINDINGS: readonly AllowedFinding[]
