/**
 * Sizers of the query and dashboard services: Athena, QuickSight, and Redshift Spectrum, which is
 * here with Athena because both bill by the data a query scans.
 */
import { ANALYTICS_LIMITS as A } from '../../catalog/limits'
import type { ServiceConfigOf } from '../serviceConfig'
import { DAYS_PER_MONTH } from '../units'
import { fmt, sized, type Sizer } from './types'

function scanned(queriesPerDay: number, gbPerQuery: number): number {
  const billedGB = Math.max(gbPerQuery, A.minScanPerQueryMB.value / 1024)
  return (queriesPerDay * DAYS_PER_MONTH * billedGB) / 1024
}

export const athena: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'athena'>
  const tb = scanned(c.queriesPerDay, c.dataScannedGBPerQuery)
  return sized(
    { tbScannedPerMonth: tb },
    [book.item('athena.scannedTB', 'Data scanned', tb)],
    () => [
      `${fmt(c.queriesPerDay)} queries/day × ${fmt(c.dataScannedGBPerQuery)} GB (at least ${A.minScanPerQueryMB.value} MB each) = ${fmt(tb, 3)} TB/month.`
    ]
  )
}

export const spectrum: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'redshift-spectrum'>
  const tb = scanned(c.queriesPerDay, c.dataScannedGBPerQuery)
  return sized(
    { tbScannedPerMonth: tb },
    [book.item('redshift.spectrumScannedTB', 'Spectrum data scanned', tb)],
    () => [
      `${fmt(c.queriesPerDay)} queries/day × ${fmt(c.dataScannedGBPerQuery)} GB = ${fmt(tb, 3)} TB/month.`
    ]
  )
}

export const quicksight: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'quicksight'>
  return sized(
    { authors: c.authors, readers: c.readers },
    [
      book.item('quicksight.authorMonth', 'Authors', c.authors),
      book.item('quicksight.readerMonth', 'Readers', c.readers)
    ],
    () => [`${c.authors} author(s) and ${c.readers} reader(s) a month.`]
  )
}
