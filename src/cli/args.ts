/** What a command accepts: flags that stand alone, and options that take the next argument. */
export interface ArgSpec {
  flags: readonly string[]
  /** Each option's spellings, the first the one messages use: `['--output', '-o']`. */
  options: readonly (readonly string[])[]
}

export interface ParsedArgs {
  positionals: string[]
  flags: Set<string>
  /** By the option's first spelling. */
  options: Map<string, string>
}

/**
 * A command line as the spec allows, or the one sentence that says what is wrong with it. `--`
 * ends the options, so a file whose name starts with a dash can still be given.
 */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs | string {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() }
  let onlyFiles = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      parsed.positionals.push(arg)
      continue
    }
    if (arg === '--') {
      onlyFiles = true
      continue
    }
    const [name, inlineValue] = arg.startsWith('--') ? splitOnce(arg, '=') : [arg, undefined]
    if (spec.flags.includes(name)) {
      if (inlineValue !== undefined) return `${name} takes no value.`
      parsed.flags.add(name)
      continue
    }
    const option = spec.options.find((spellings) => spellings.includes(name))
    if (!option) return `Unknown option ${name}.`
    const value = inlineValue ?? args[++i]
    if (value === undefined || value === '') return `${option[0]!} needs a value.`
    if (parsed.options.has(option[0]!)) return `${option[0]!} is given twice.`
    parsed.options.set(option[0]!, value)
  }
  return parsed
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator)
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)]
}
