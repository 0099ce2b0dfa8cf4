/**
 * Where a rule comes from. Seed citations point at the project's source notes (copied into
 * docs/seeds/ so they travel with the repo); AWS citations point at a documentation page.
 */
export const SEED_FILES = {
  overview: '000_04a4e66b05275b49.txt',
  notes: '001_02027194a11eff86.txt',
  integration: '002_ec5ece75883298b9.txt',
  bigdata: '003_d803d83a0261eb0f.txt',
  kinesis: '004_6ab9a9fef8f718de.txt'
} as const

/** Each note's own heading, so a citation names something a person can find, not just a file. */
const SEED_TITLES: Record<keyof typeof SEED_FILES, string> = {
  overview: 'Overview',
  notes: 'Contents (Amazon S3, AWS Kinesis)',
  integration: 'AWS Services Integration',
  bigdata: 'Bigdata',
  kinesis: 'Kinesis'
}

export type SeedKey = keyof typeof SEED_FILES
export type SeedFile = (typeof SEED_FILES)[SeedKey]

export type Citation =
  { kind: 'seed'; file: SeedFile; section: string } | { kind: 'aws'; url: string; title: string }

export function seed(key: SeedKey, section: string): Citation {
  return { kind: 'seed', file: SEED_FILES[key], section }
}

export function awsDoc(url: string, title: string): Citation {
  return { kind: 'aws', url, title }
}

export function formatCitation(citation: Citation): string {
  if (citation.kind === 'aws') return `${citation.title} (${citation.url})`
  const key = (Object.keys(SEED_FILES) as SeedKey[]).find((k) => SEED_FILES[k] === citation.file)
  const title = key ? SEED_TITLES[key] : citation.file
  return `Pipewright's AWS big-data notes, "${title}", section "${citation.section}" (docs/seeds/${citation.file})`
}
