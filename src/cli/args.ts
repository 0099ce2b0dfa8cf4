import { parseArgs as parseNodeArgs } from 'node:util'

/** What a command accepts: flags that stand alone, and options that take the next argument. */
export interface ArgSpec {
  flags: readonly string[]
  /** Each option's spellings, the first the one messages use: `['--output', '-o']`. */
  options: readonly (readonly string[])[]
  /** Options that may be given again and again (`--ignore a --ignore b`); by first spelling. */
  repeatable?: readonly string[]
}

export interface ParsedArgs {
  positionals: string[]
  flags: Set<string>
  /** By the option's first spelling. */
  options: Map<string, string>
  /** A repeatable option's values, in order; by its first spelling. */
  lists: Map<string, string[]>
}

type NodeOptions = Record<string, { type: 'string' | 'boolean'; short?: string; multiple: true }>

/** `--output` / `-o` in our spelling to Node's `{ output: { short: 'o' } }`. */
function nodeOptions(spec: ArgSpec): { options: NodeOptions; spelling: Map<string, string> } {
  const options: NodeOptions = {}
  const spelling = new Map<string, string>()
  const add = (spellings: readonly string[], type: 'string' | 'boolean') => {
    const long = spellings.find((s) => s.startsWith('--'))!
    const name = long.slice(2)
    const short = spellings.find((s) => /^-[^-]$/.test(s))?.slice(1)
    options[name] = { type, multiple: true, ...(short ? { short } : {}) }
    spelling.set(name, spellings[0]!)
  }
  for (const flag of spec.flags) add([flag], 'boolean')
  for (const option of spec.options) add(option, 'string')
  return { options, spelling }
}

/** Node's error, as the one sentence our usage messages use. */
function describeError(err: unknown, spelling: ReadonlyMap<string, string>): string {
  const { code, message } = err as { code?: string; message: string }
  const named = /'(-[^', ]*)/.exec(message)?.[1] ?? ''
  const long = /--([A-Za-z0-9-]+)/.exec(message)?.[1]
  const option = (long && spelling.get(long)) ?? named
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${named}.`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(message)) return `${option} needs a value.`
    if (/ambiguous/.test(message))
      return `${option} needs a value; one that starts with a dash is written ${option}=-….`
    return `${option} takes no value.`
  }
  return message
}

/**
 * A command line as the spec allows, or the one sentence that says what is wrong with it. Node's
 * `util.parseArgs` reads it; this adds what it leaves to its callers: an option given twice, an
 * empty value, `--flag=value`. `--` ends the options, so a file whose name starts with a dash can
 * still be given, and `-` (standard input) is a file.
 */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs | string {
  const { options, spelling } = nodeOptions(spec)
  let tokens
  try {
    tokens = parseNodeArgs({
      args: [...args],
      options,
      strict: true,
      allowPositionals: true,
      tokens: true
    }).tokens
  } catch (err) {
    return describeError(err, spelling)
  }
  const parsed: ParsedArgs = {
    positionals: [],
    flags: new Set(),
    options: new Map(),
    lists: new Map()
  }
  const repeatable = new Set(spec.repeatable ?? [])
  for (const token of tokens) {
    if (token.kind === 'positional') parsed.positionals.push(token.value)
    if (token.kind !== 'option') continue
    const name = spelling.get(token.name)!
    if (options[token.name]!.type === 'boolean') {
      parsed.flags.add(name)
      continue
    }
    if (token.value === undefined || token.value === '') return `${name} needs a value.`
    if (repeatable.has(name)) {
      parsed.lists.set(name, [...(parsed.lists.get(name) ?? []), token.value])
      continue
    }
    if (parsed.options.has(name)) return `${name} is given twice.`
    parsed.options.set(name, token.value)
  }
  return parsed
}
