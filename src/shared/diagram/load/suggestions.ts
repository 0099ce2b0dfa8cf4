import { SERVICE_IDS } from '../../catalog/services'

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const temp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = temp
    }
  }
  return row[b.length]!
}

/** The catalog id a mistyped service id most likely meant, if one is close enough to suggest. */
export function closestServiceId(unknown: string): string | undefined {
  return closestOf(unknown, SERVICE_IDS)
}

/** The candidate a mistyped name most likely meant (a service id, a problem code), if one is close. */
export function closestOf(unknown: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const id of candidates) {
    const d = editDistance(unknown.toLowerCase(), id)
    if (d < bestDistance) {
      best = id
      bestDistance = d
    }
  }
  return bestDistance <= Math.max(2, Math.floor(unknown.length / 3)) ? best : undefined
}
