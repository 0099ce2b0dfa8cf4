import { expect } from 'vitest'
import type { Diagram } from '../../../../src/shared/diagram/types'
import {
  exportTemplate,
  type ExportResult
} from '../../../../src/shared/interchange/cloudformation/exportTemplate'
import { checkTemplate, parseTemplateYaml } from './resourceSpec'

type Json = Record<string, unknown>

/** An export read back from its YAML, held to the specification, with lookups for tests. */
export interface Exported extends ExportResult {
  parsed: Json
  resource: (id: string) => { Type: string; Properties: Json; DependsOn?: string[] }
  ofType: (type: string) => [string, { Type: string; Properties: Json }][]
  /** The one resource of a type, as [logical id, resource]. */
  only: (type: string) => [string, { Type: string; Properties: Json }]
  statements: (roleId: string) => { Sid: string; Action: string[]; Resource: unknown[] }[]
}

export function exported(diagram: Diagram): Exported {
  const result = exportTemplate(diagram)
  const parsed = parseTemplateYaml(result.text)
  expect(checkTemplate(parsed)).toEqual([])
  const resources = parsed.Resources as Record<string, { Type: string; Properties: Json }>
  return {
    ...result,
    parsed,
    resource: (id) => {
      const r = resources[id]
      if (!r) throw new Error(`no resource ${id}; there are ${Object.keys(resources).join(', ')}`)
      return r
    },
    ofType: (type) => Object.entries(resources).filter(([, r]) => r.Type === type),
    only: (type) => {
      const all = Object.entries(resources).filter(([, r]) => r.Type === type)
      expect(all.map(([id]) => id)).toHaveLength(1)
      return all[0]!
    },
    statements: (roleId) => {
      const policies = (resources[roleId]?.Properties.Policies ?? []) as {
        PolicyDocument: { Statement: { Sid: string; Action: string[]; Resource: unknown[] }[] }
      }[]
      return policies.flatMap((p) => p.PolicyDocument.Statement)
    }
  }
}

export const ref = (id: string) => ({ Ref: id })
export const arn = (id: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [id, attribute] })
