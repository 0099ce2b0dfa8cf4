import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SERVICE_IDS } from '../../src/shared/catalog/services'
import { SERVICE_CONFIG } from '../../src/shared/estimation/serviceConfig'

/**
 * The README names the commands and lists the service ids; docs/file-format.md documents every
 * setting. These checks keep both true as the code changes.
 */
const README = readFileSync(resolve(__dirname, '../../README.md'), 'utf8')
const FILE_FORMAT = readFileSync(resolve(__dirname, '../../docs/file-format.md'), 'utf8')

describe('README', () => {
  it('names the two setup commands', () => {
    expect(README).toContain('npm install && npm start')
    expect(README).toContain('npm test')
  })

  it('lists every service id', () => {
    for (const id of SERVICE_IDS) expect(README, id).toContain(`\`${id}\``)
  })

  it('documents every setting of every service', () => {
    const missing: string[] = []
    for (const [service, schema] of Object.entries(SERVICE_CONFIG)) {
      const settings = FILE_FORMAT.slice(FILE_FORMAT.indexOf('## Settings'))
      const row = settings
        .split('\n')
        .find(
          (line) => line.startsWith('|') && line.includes(`\`${service}\``) && line.includes('`')
        )
      for (const key of Object.keys(schema.shape)) {
        if (!row?.includes(`\`${key}\``)) missing.push(`${service}.${key}`)
      }
    }
    expect(missing).toEqual([])
  })
})
