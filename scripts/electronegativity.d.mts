export interface Finding {
  issue: string
  severity: string
  confidence: string
  filename: string
  location: string
  sample: string | undefined
  description: string
  url: string
}
export interface AllowedFinding {
  check: string
  file: string
  sample?: string
  reason: string
}
export declare const README_START: string
export declare const README_END: string
export declare function compareWithAllowed(
  findings: Finding[],
  allowed?: readonly AllowedFinding[]
): { unjustified: Finding[]; stale: AllowedFinding[] }
export declare function readmeSection(allowed?: readonly AllowedFinding[]): string
export declare function readmeWithSection(readme: string, section?: string): string
export declare function runElectronegativity(input?: string): Finding[]
