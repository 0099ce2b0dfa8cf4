/**
 * The part of SARIF 2.1.0 Pipewright writes (@types/sarif is not installed). Names and shapes are
 * the specification's; tests validate the output against its JSON schema.
 */
export type SarifLevel = 'error' | 'warning' | 'note'

export interface SarifMessage {
  text: string
  markdown?: string
}

export interface SarifArtifactLocation {
  uri: string
  uriBaseId?: string
  index?: number
}

export interface SarifRegion {
  startLine: number
  startColumn?: number
}

export interface SarifLocation {
  physicalLocation?: { artifactLocation: SarifArtifactLocation; region?: SarifRegion }
  logicalLocations?: Array<{ name: string; kind?: string; fullyQualifiedName?: string }>
}

export interface SarifRule {
  id: string
  name: string
  shortDescription: SarifMessage
  fullDescription: SarifMessage
  help: SarifMessage
  helpUri?: string
  defaultConfiguration: { level: SarifLevel }
  properties?: Record<string, unknown>
}

export interface SarifSuppression {
  kind: 'inSource' | 'external'
  status?: 'accepted' | 'underReview' | 'rejected'
  justification?: string
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: SarifMessage
  locations: SarifLocation[]
  partialFingerprints?: Record<string, string>
  suppressions?: SarifSuppression[]
}

export interface SarifNotification {
  level: SarifLevel
  message: SarifMessage
  descriptor?: { id: string }
  locations?: SarifLocation[]
}

export interface SarifRun {
  tool: {
    driver: {
      name: string
      version: string
      semanticVersion?: string
      informationUri?: string
      rules: SarifRule[]
    }
  }
  invocations: Array<{
    executionSuccessful: boolean
    toolExecutionNotifications?: SarifNotification[]
  }>
  artifacts: Array<{ location: SarifArtifactLocation }>
  results: SarifResult[]
  columnKind: 'utf16CodeUnits' | 'unicodeCodePoints'
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: [SarifRun]
}
