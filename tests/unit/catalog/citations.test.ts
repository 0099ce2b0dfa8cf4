import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { awsDoc, formatCitation, seed, SEED_FILES } from '../../../src/shared/catalog/citations'
import { SEEDS_DIR } from '../helpers'

describe('citations', () => {
  it('names seed files that are copied into docs/seeds', () => {
    for (const file of Object.values(SEED_FILES))
      expect(existsSync(`${SEEDS_DIR}${file}`), file).toBe(true)
  })

  it('builds a seed citation from the short key', () => {
    expect(seed('integration', 'Athena')).toEqual({
      kind: 'seed',
      file: '002_ec5ece75883298b9.txt',
      section: 'Athena'
    })
  })

  it('formats a seed citation as a repo path and section', () => {
    expect(formatCitation(seed('kinesis', 'Firehose'))).toBe(
      'Pipewright\'s AWS big-data notes, "Kinesis", section "Firehose" (docs/seeds/004_6ab9a9fef8f718de.txt)'
    )
  })

  it('formats an AWS citation as title and URL', () => {
    expect(formatCitation(awsDoc('https://docs.aws.amazon.com/x.html', 'Some page'))).toBe(
      'Some page (https://docs.aws.amazon.com/x.html)'
    )
  })
})
