import { describe, expect, it } from 'vitest'
import { SERVICE_IDS } from '../../../src/shared/catalog/services'
import { OTHER_SIZERS } from '../../../src/shared/estimation/sizing/otherServices'

// estimate.ts sizes these four with their own files and looks every other service up in OTHER_SIZERS.
const OWN_FILES = ['kinesis-data-streams', 'kinesis-firehose', 'dynamodb', 'lambda']

describe('OTHER_SIZERS', () => {
  it('has a sizer for every service but the four with files of their own', () => {
    const missing = SERVICE_IDS.filter((id) => !OWN_FILES.includes(id) && !(id in OTHER_SIZERS))
    expect(missing).toEqual([])
  })

  it('has no entry for a service that is not in the catalog, nor for the four', () => {
    const known = new Set<string>(SERVICE_IDS)
    const stray = Object.keys(OTHER_SIZERS).filter((id) => !known.has(id) || OWN_FILES.includes(id))
    expect(stray).toEqual([])
  })
})
