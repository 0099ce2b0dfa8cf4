import { resolve } from 'node:path'

/**
 * The user's own arguments: a packaged app gets [exe, ...args]; `electron .` (or `electron
 * out/main/index.js`), which Electron marks with process.defaultApp, gets [electron, app, ...args]
 * with any switches before the app path too (Playwright puts --inspect=0 there), so the app path
 * is the first argument that is not a flag.
 */
export function userArguments(argv: readonly string[], defaultApp: boolean): string[] {
  const args = argv.slice(1)
  if (!defaultApp) return args
  const appPath = args.findIndex((arg) => !arg.startsWith('-'))
  return appPath === -1 ? [] : [...args.slice(0, appPath), ...args.slice(appPath + 1)]
}

/**
 * The first argument that is not a flag and names an existing file, made absolute. Flags (Chromium
 * switches, macOS's -psn_…) are skipped; after `--` every argument counts as a path.
 */
export function fileArgument(
  args: readonly string[],
  options: { cwd: string; isFile: (path: string) => boolean }
): string | undefined {
  let flagsEnded = false
  for (const arg of args) {
    if (!flagsEnded && arg === '--') {
      flagsEnded = true
      continue
    }
    if (!arg || (!flagsEnded && arg.startsWith('-'))) continue
    const path = resolve(options.cwd, arg)
    if (options.isFile(path)) return path
  }
  return undefined
}
