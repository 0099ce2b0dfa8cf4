import { describe, expect, it } from 'vitest'
import { DIAGRAM_LIMITS } from '../../../src/shared/diagram/schema'
import { IPC_CHANNELS, MENU_COMMANDS } from '../../../src/shared/ipc/channels'
import {
  exportRequestSchema,
  IPC_CONTRACT,
  importFileResponseSchema
} from '../../../src/shared/ipc/contract'

const base64Of = (text: string) => Buffer.from(text).toString('base64')

describe('the importFile contract', () => {
  it('has its own channel and takes no request', () => {
    expect(IPC_CHANNELS.importFile).toBe('diagram:import')
    expect(IPC_CONTRACT.importFile.request.safeParse(undefined).success).toBe(true)
    expect(IPC_CONTRACT.importFile.request.safeParse({ path: '/etc/passwd' }).success).toBe(false)
    expect(IPC_CONTRACT.importFile.response).toBe(importFileResponseSchema)
  })

  it('answers with the file name and its bytes as base64, a reason, or canceled', () => {
    const ok = { canceled: false, name: 'stack.yaml', base64: base64Of('Resources: {}\n') }
    expect(importFileResponseSchema.parse(ok)).toEqual(ok)
    expect(importFileResponseSchema.parse({ canceled: true })).toEqual({ canceled: true })
    expect(
      importFileResponseSchema.parse({ canceled: false, error: 'Cannot import "x". Gone.' })
    ).toEqual({ canceled: false, error: 'Cannot import "x". Gone.' })
  })

  it('refuses what is not base64, an empty or overlong name, a path, and extra fields', () => {
    const good = { canceled: false, name: 'stack.yaml', base64: base64Of('x') }
    for (const bad of [
      { ...good, base64: 'not base64!' },
      { ...good, base64: '<script>' },
      { ...good, name: '' },
      { ...good, name: 'x'.repeat(256) },
      { ...good, path: '/home/me/stack.yaml' },
      { ...good, base64: new Uint8Array([1, 2]) },
      { canceled: true, name: 'x' }
    ])
      expect(importFileResponseSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
  })

  it('holds exactly the bytes Open would read, and not one base64 quantum more', () => {
    const limit = Math.ceil(DIAGRAM_LIMITS.maxFileBytes / 3) * 4
    const at = { canceled: false, name: 'big.yaml', base64: 'A'.repeat(limit) }
    expect(importFileResponseSchema.safeParse(at).success).toBe(true)
    expect(
      importFileResponseSchema.safeParse({ ...at, base64: 'A'.repeat(limit + 4) }).success
    ).toBe(false)
  })
})

describe('the yaml export format', () => {
  it('is a text export beside svg and json', () => {
    const yaml = { format: 'yaml', suggestedName: 'orders', text: 'Resources: {}\n' }
    expect(exportRequestSchema.parse(yaml)).toEqual(yaml)
    expect(exportRequestSchema.safeParse({ ...yaml, format: 'yml' }).success).toBe(false)
    expect(exportRequestSchema.safeParse({ ...yaml, base64: 'AAAA' }).success).toBe(false)
    expect(
      exportRequestSchema.safeParse({ format: 'yaml', suggestedName: 'o', base64: 'AAAA' }).success
    ).toBe(false)
  })

  it('is reachable from the menu, as is Import', () => {
    expect(MENU_COMMANDS).toEqual(expect.arrayContaining(['import', 'export-cloudformation']))
  })
})
