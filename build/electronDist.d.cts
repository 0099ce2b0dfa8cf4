/** What electron-builder passes the hook (PrepareApplicationStageDirectoryOptions), as far as it is read. */
export interface ElectronDistOptions {
  platformName: string
  arch: string
  version: string
}
export interface ElectronDistHost {
  platform?: string
  arch?: string
  env?: NodeJS.ProcessEnv
  electronDir?: string | undefined
  ensureElectron?: (options: {
    mode: 'prestart'
    electronDir: string
    env: NodeJS.ProcessEnv
  }) => Promise<number>
}
export declare function electronDist(
  options: ElectronDistOptions,
  host?: ElectronDistHost
): Promise<string | undefined>
export declare function removeDefaultApp(context: {
  appOutDir: string
  electronPlatformName: string
  packager: { appInfo: { productFilename: string } }
}): Promise<void>
