export const DEFAULT_TIMEOUT_MS: number
export type InstallResult = { ok: true } | { ok: false; reason: string }
export interface InstallOptions {
  timeoutMs?: number
  env?: NodeJS.ProcessEnv
}
export function findElectronDir(from?: string): string | undefined
export function electronBinaryPresent(electronDir: string, env?: NodeJS.ProcessEnv): boolean
export function runElectronInstall(
  electronDir: string,
  options?: InstallOptions
): Promise<InstallResult>
export function ensureElectron(options?: {
  mode?: 'postinstall' | 'prestart'
  electronDir?: string | undefined
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
  install?: (electronDir: string, options: InstallOptions) => Promise<InstallResult>
  timeoutMs?: number
}): Promise<number>
