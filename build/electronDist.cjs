'use strict'
const { readFileSync, rmSync } = require('node:fs')
const { join } = require('node:path')

/**
 * electron-builder's `electronDist` hook. For the machine's own platform and architecture it
 * returns the Electron that `npm start` uses, node_modules/electron/dist, after the same
 * download step (scripts/ensure-electron.mjs: Electron's own install.js, a no-op once the binary
 * is there), so one download serves both. For another platform or architecture it returns
 * undefined and electron-builder downloads that Electron itself: a binary for the wrong platform
 * cannot be packaged. When it throws, electron-builder logs the reason and tries its own download.
 */
async function electronDist(options, host = {}) {
  const { platform = process.platform, arch = process.arch, env = process.env } = host
  if (options.platformName !== platform || options.arch !== arch) return undefined
  const ensure = await import('../scripts/ensure-electron.mjs')
  const electronDir = 'electronDir' in host ? host.electronDir : ensure.findElectronDir()
  const ensureElectron = host.ensureElectron ?? ensure.ensureElectron
  if (!electronDir || (await ensureElectron({ mode: 'prestart', electronDir, env })) !== 0) {
    throw new Error(
      "Electron's binary is missing from node_modules/electron and could not be downloaded"
    )
  }
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist')
  const installed = readVersion(join(dist, 'version'))
  if (installed !== undefined && installed !== options.version) {
    throw new Error(
      `${dist} holds Electron ${installed}, but package.json asks for ${options.version}: run npm ci again`
    )
  }
  return dist
}

function readVersion(path) {
  try {
    return readFileSync(path, 'utf8').trim().replace(/^v/, '')
  } catch {
    return undefined
  }
}

/**
 * electron-builder's `afterExtract` hook. Electron's own folder holds resources/default_app.asar,
 * the app `electron` shows when started with none; electron-builder deletes it only from an
 * Electron it unpacked itself, not from the folder electronDist names. The packaged app never
 * loads it (OnlyLoadAppFromAsar), so it is dead weight: removed right after Electron is copied,
 * before electron-builder hashes every .asar in resources/ for the integrity check.
 */
async function removeDefaultApp(context) {
  const resources =
    context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas'
      ? join(
          context.appOutDir,
          `${context.packager.appInfo.productFilename}.app`,
          'Contents',
          'Resources'
        )
      : join(context.appOutDir, 'resources')
  rmSync(join(resources, 'default_app.asar'), { force: true })
}

module.exports = { electronDist, removeDefaultApp }
