import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Configuration } from 'electron-builder'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/** The packaged app: electron-builder's configuration, the fuses, the Electron it packages, and a pack with a stand-in Electron. */

const ROOT = resolve(__dirname, '../..')
const require = createRequire(import.meta.url)
const config = require('../../electron-builder.cjs') as Configuration
// Through require, as electron-builder.cjs reads them, so that identity checks mean something.
const { ELECTRON_FUSES } =
  require('../../build/fuses.cjs') as typeof import('../../build/fuses.cjs')
const { electronDist } =
  require('../../build/electronDist.cjs') as typeof import('../../build/electronDist.cjs')
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string
  scripts: Record<string, string>
  dependencies?: Record<string, string>
}
// electron-builder's own internals, resolved as electron-builder resolves them.
const builderRequire = createRequire(
  createRequire(require.resolve('electron-builder')).resolve('app-builder-lib/package.json')
)

const { validateConfiguration } = builderRequire('./out/util/config/config.js') as {
  validateConfiguration: (config: Configuration, logger: unknown) => Promise<void>
}
const { DebugLogger } = builderRequire('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown
}
const fuses = builderRequire('@electron/fuses') as {
  FuseV1Options: Record<string, number>
  getCurrentFuseWire: (path: string) => Promise<Record<number, number>>
}
// @electron/fuses' FuseState: the bytes of a fuse wire.
const FUSE = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) }
const asar = builderRequire('@electron/asar') as {
  listPackage: (path: string) => string[]
  extractFile: (path: string, file: string) => Buffer
  createPackage: (source: string, archive: string) => Promise<void>
}
const { PlatformPackager } = builderRequire('./out/index.js') as {
  PlatformPackager: {
    prototype: { generateFuseConfig: (fuses: unknown) => Promise<Record<string, unknown>> }
  }
}

const temporaries: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-pack-'))
  temporaries.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of temporaries) rmSync(dir, { recursive: true, force: true })
})

const validate = (candidate: Configuration) =>
  validateConfiguration(candidate, new DebugLogger(false))

describe('electron-builder configuration (electron-builder.cjs)', () => {
  it('passes electron-builder’s own schema, which refuses a misspelt option', async () => {
    await expect(validate(config)).resolves.toBeUndefined()
    // The check is live: the same configuration with one typo is refused.
    await expect(
      validate({ ...config, linux: { ...config.linux, targte: ['deb'] } as Configuration['linux'] })
    ).rejects.toThrow(/configuration\.linux/)
    await expect(
      validate({
        ...config,
        electronFuses: { ...ELECTRON_FUSES, runAsnode: false } as Configuration['electronFuses']
      })
    ).rejects.toThrow(/electronFuses/)
  })

  it('names the app and builds AppImage and deb on Linux, dmg on macOS, NSIS on Windows', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/)
    expect(config.productName).toBe('Pipewright')
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.win?.target).toEqual(['nsis'])
  })

  it('points each platform at icon files that exist', () => {
    const linuxIcons = join(ROOT, config.linux!.icon!)
    expect(statSync(linuxIcons).isDirectory()).toBe(true)
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(existsSync(join(linuxIcons, `${size}x${size}.png`)), `${size}x${size}.png`).toBe(true)
    expect(config.mac!.icon).toMatch(/\.icns$/)
    expect(existsSync(join(ROOT, config.mac!.icon!))).toBe(true)
    expect(config.win!.icon).toMatch(/\.ico$/)
    expect(existsSync(join(ROOT, config.win!.icon!))).toBe(true)
  })

  it('associates .pipewright.json (its own MIME type, as editor) and .pipewright.png (a PNG, as viewer)', () => {
    const associations = [config.fileAssociations].flat()
    expect(associations).toEqual([
      expect.objectContaining({
        ext: 'pipewright.json',
        mimeType: 'application/x-pipewright+json',
        role: 'Editor',
        name: expect.any(String) as unknown,
        description: expect.any(String) as unknown
      }),
      expect.objectContaining({
        ext: 'pipewright.png',
        role: 'Viewer',
        name: expect.any(String) as unknown,
        description: expect.any(String) as unknown
      })
    ])
    // image/png is offered as a type the app opens, never redefined (a mimeType on the
    // association would make the deb rewrite image/png's comment and icon for every PNG).
    expect(associations[1]!.mimeType).toBeUndefined()
    expect(config.linux?.mimeTypes).toEqual(['image/png'])
  })

  it('has the Linux desktop entry pass local paths (%F), which src/main/argv.ts reads, not file:// URLs (%U)', () => {
    expect(config.linux?.executableArgs).toEqual(['%F'])
  })

  it('packs into app.asar and puts the bundled CLI beside it', () => {
    expect(config.asar).toBe(true)
    expect(config.extraResources).toEqual([
      { from: 'out/cli', to: 'cli', filter: ['pipewright.cjs'] }
    ])
  })
})

describe('Electron fuses (build/fuses.cjs)', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect, turns on cookie encryption, asar-only loading and asar integrity', () => {
    expect(ELECTRON_FUSES).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true
    })
    expect(config.electronFuses).toBe(ELECTRON_FUSES)
  })

  it('reach @electron/fuses as the six wires they name', async () => {
    // What electron-builder hands flipFuses: a key it does not know would vanish here.
    const wire = await PlatformPackager.prototype.generateFuseConfig(ELECTRON_FUSES)
    const { FuseV1Options: O } = fuses
    expect(wire).toMatchObject({
      [O.RunAsNode!]: false,
      [O.EnableNodeOptionsEnvironmentVariable!]: false,
      [O.EnableNodeCliInspectArguments!]: false,
      [O.EnableCookieEncryption!]: true,
      [O.OnlyLoadAppFromAsar!]: true,
      [O.EnableEmbeddedAsarIntegrityValidation!]: true
    })
    expect(Object.keys(wire).filter((key) => /^\d+$/.test(key))).toHaveLength(6)
  })
})

describe('the Electron that is packaged (build/electronDist.cjs)', () => {
  const here = { platformName: process.platform, arch: process.arch, version: '45.4.1' }

  function fakeElectronDir(version = '45.4.1'): string {
    const dir = join(tempDir(), 'electron')
    mkdirSync(join(dir, 'dist'), { recursive: true })
    writeFileSync(join(dir, 'dist', 'version'), version)
    return dir
  }

  it('is node_modules/electron/dist after the same download step as npm start', async () => {
    const electronDir = fakeElectronDir()
    const calls: unknown[] = []
    const ensureElectron = (options: unknown) => {
      calls.push(options)
      return Promise.resolve(0)
    }
    await expect(electronDist(here, { electronDir, env: {}, ensureElectron })).resolves.toBe(
      join(electronDir, 'dist')
    )
    expect(calls).toEqual([{ mode: 'prestart', electronDir, env: {} }])
  })

  it('runs Electron’s own install.js when the binary is missing', async () => {
    const electronDir = fakeElectronDir()
    writeFileSync(
      join(electronDir, 'package.json'),
      JSON.stringify({ name: 'electron', version: '45.4.1' })
    )
    // What install.js leaves behind when the download works.
    writeFileSync(
      join(electronDir, 'install.js'),
      `const fs = require('fs'); const path = require('path')
       fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), 'binary')
       fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron')`
    )
    await expect(electronDist(here, { electronDir, env: {} })).resolves.toBe(
      join(electronDir, 'dist')
    )
    expect(readFileSync(join(electronDir, 'path.txt'), 'utf8')).toBe('electron')
  })

  it('fails, rather than packaging nothing, when the binary cannot be had', async () => {
    const electronDir = fakeElectronDir()
    await expect(
      electronDist(here, { electronDir, env: {}, ensureElectron: () => Promise.resolve(1) })
    ).rejects.toThrow(/could not be downloaded/)
    await expect(
      electronDist(here, {
        electronDir: undefined,
        env: {},
        ensureElectron: () => Promise.resolve(0)
      })
    ).rejects.toThrow(/missing/)
  })

  it('refuses an Electron of another version than package.json’s', async () => {
    const electronDir = fakeElectronDir('44.0.0')
    await expect(
      electronDist(here, { electronDir, env: {}, ensureElectron: () => Promise.resolve(0) })
    ).rejects.toThrow(/44\.0\.0.*45\.4\.1/)
  })

  it('leaves another platform’s or architecture’s Electron to electron-builder', async () => {
    const ensureElectron = () => Promise.reject(new Error('must not be called'))
    const other = process.platform === 'win32' ? 'linux' : 'win32'
    await expect(
      electronDist({ ...here, platformName: other }, { ensureElectron })
    ).resolves.toBeUndefined()
    await expect(
      electronDist(
        { ...here, arch: process.arch === 'arm64' ? 'x64' : 'arm64' },
        { ensureElectron }
      )
    ).resolves.toBeUndefined()
  })

  it('is the hook the configuration uses', () => {
    expect(config.electronDist).toBe(electronDist)
  })

  it('has Electron’s default app removed from the packaged resources, on macOS inside the .app', async () => {
    const { removeDefaultApp } =
      require('../../build/electronDist.cjs') as typeof import('../../build/electronDist.cjs')
    expect(config.afterExtract).toBe(removeDefaultApp)
    const appOutDir = tempDir()
    const resources = join(appOutDir, 'Pipewright.app/Contents/Resources')
    mkdirSync(resources, { recursive: true })
    writeFileSync(join(resources, 'default_app.asar'), 'x')
    writeFileSync(join(resources, 'app.asar'), 'x')
    await removeDefaultApp({
      appOutDir,
      electronPlatformName: 'darwin',
      packager: { appInfo: { productFilename: 'Pipewright' } }
    })
    expect(readdirSync(resources)).toEqual(['app.asar'])
  })
})

describe('npm scripts', () => {
  it('npm run dist downloads Electron the way npm start does, builds, then packages', () => {
    expect(packageJson.scripts.predist).toBe(packageJson.scripts.prestart)
    expect(packageJson.scripts.prestart).toBe('node scripts/ensure-electron.mjs --prestart')
    expect(packageJson.scripts.dist).toMatch(/^npm run build && electron-builder\b/)
    expect(packageJson.scripts.build).toContain('electron-vite build')
    expect(packageJson.scripts.build).toContain('vite build --config build/cli.vite.config.mts')
    expect(packageJson.scripts.icons).toBe('node scripts/icons.mjs')
  })

  it('has no runtime dependencies: main, preload and renderer are bundled, so app.asar needs no node_modules', () => {
    expect(packageJson.dependencies ?? {}).toEqual({})
  })
})

const OUT = join(ROOT, 'out')
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

describe('packaging the built output (electron-builder for Linux, with a stand-in Electron and fpm)', () => {
  it('main requires nothing but electron and Node’s own modules', () => {
    const main = join(ROOT, packageJson.main)
    expect(existsSync(main), `${packageJson.main} is missing: run npm run build first`).toBe(true)
    const required = [
      ...readFileSync(main, 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)
    ].map((m) => m[1]!)
    const builtin = new Set(builtinModules)
    expect(
      required.filter((name) => name !== 'electron' && !builtin.has(name.replace(/^node:/, '')))
    ).toEqual([])
  })

  /** The unpacked app, and what electron-builder handed fpm for the deb: its arguments and the files it generated. */
  const packed = { app: '', fpmArgs: [] as string[], generated: new Map<string, string>() }

  beforeAll(async () => {
    for (const part of [
      'main/index.js',
      'preload/index.js',
      'renderer/index.html',
      'cli/pipewright.cjs'
    ]) {
      expect(existsSync(join(OUT, part)), `out/${part} is missing: run npm run build first`).toBe(
        true
      )
    }
    // A Linux Electron as far as packaging can tell: an executable holding the fuse wire with
    // Electron's defaults (8 fuses: RunAsNode on, cookie encryption off, NODE_OPTIONS on, …).
    const standIn = tempDir()
    const binary = Buffer.concat([
      Buffer.from('#!/bin/sh\n#'),
      Buffer.from(SENTINEL),
      Buffer.from([1, 8]),
      Buffer.from('10110001\n')
    ])
    writeFileSync(join(standIn, 'electron'), binary, { mode: 0o755 })
    writeFileSync(join(standIn, 'version'), '45.4.1')
    // Electron's default app, as an archive like the real one.
    const defaultApp = tempDir()
    writeFileSync(
      join(defaultApp, 'package.json'),
      JSON.stringify({ name: 'electron', main: 'main.js' })
    )
    mkdirSync(join(standIn, 'resources'))
    await asar.createPackage(defaultApp, join(standIn, 'resources/default_app.asar'))
    // fpm (which electron-builder would download from GitHub) stood in for by a script that keeps
    // its arguments and the generated files they name (SOURCE=/usr/share/... pairs).
    const bin = tempDir()
    const capture = tempDir()
    writeFileSync(
      join(bin, 'fpm'),
      `#!/bin/sh
printf '%s\\n' "$@" > "${capture}/args"
for a in "$@"; do case "$a" in *=/usr/share/applications/*|*=/usr/share/mime/*) cp "\${a%%=*}" "${capture}/$(basename "\${a#*=}")";; esac; done
`,
      { mode: 0o755 }
    )
    const output = tempDir()
    const saved = { PATH: process.env.PATH, USE_SYSTEM_FPM: process.env.USE_SYSTEM_FPM }
    process.env.PATH = `${bin}:${process.env.PATH}`
    process.env.USE_SYSTEM_FPM = 'true'
    try {
      const { build, Platform, Arch } =
        require('electron-builder') as typeof import('electron-builder')
      await build({
        projectDir: ROOT,
        targets: Platform.LINUX.createTarget('deb', Arch.x64),
        publish: 'never',
        config: { electronDist: standIn, directories: { output } }
      })
    } finally {
      process.env.PATH = saved.PATH
      if (saved.USE_SYSTEM_FPM === undefined) delete process.env.USE_SYSTEM_FPM
      else process.env.USE_SYSTEM_FPM = saved.USE_SYSTEM_FPM
    }
    packed.app = join(output, 'linux-unpacked')
    packed.fpmArgs = readFileSync(join(capture, 'args'), 'utf8').split('\n')
    for (const name of ['pipewright.desktop', 'pipewright.xml']) {
      if (existsSync(join(capture, name)))
        packed.generated.set(name, readFileSync(join(capture, name), 'utf8'))
    }
  }, 120_000)

  it('puts out/ and package.json in app.asar, nothing else, and the bundled CLI beside it', () => {
    const archive = join(packed.app, 'resources/app.asar')
    const files = asar.listPackage(archive).map((f) => f.replace(/\\/g, '/'))
    expect(files).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main/index.js',
        '/out/preload/index.js',
        '/out/renderer/index.html'
      ])
    )
    expect(files.filter((f) => !/^\/(package\.json$|out(\/|$))/.test(f))).toEqual([])
    expect(
      files.filter(
        (f) => f.includes('node_modules') || f.startsWith('/out/cli') || f.endsWith('.map')
      )
    ).toEqual([])
    const packedJson = JSON.parse(asar.extractFile(archive, 'package.json').toString()) as {
      main: string
    }
    expect(packedJson.main).toBe(packageJson.main)
    // Buffer.equals, not toEqual: a deep comparison of a bundle of megabytes runs byte by byte.
    const shipped = readFileSync(join(packed.app, 'resources/cli/pipewright.cjs'))
    expect(shipped.equals(readFileSync(join(OUT, 'cli/pipewright.cjs')))).toBe(true)
    // Electron's own default app is removed (afterExtract): with OnlyLoadAppFromAsar it could never run.
    // (The deb also puts its AppArmor profile there.)
    const resources = readdirSync(join(packed.app, 'resources'))
    expect(resources).toEqual(expect.arrayContaining(['app.asar', 'cli']))
    expect(resources).not.toContain('default_app.asar')
  })

  it('flips every fuse in the packaged binary', async () => {
    const wire = await fuses.getCurrentFuseWire(join(packed.app, config.linux!.executableName!))
    const O = fuses.FuseV1Options
    expect({
      runAsNode: wire[O.RunAsNode!],
      enableNodeOptionsEnvironmentVariable: wire[O.EnableNodeOptionsEnvironmentVariable!],
      enableNodeCliInspectArguments: wire[O.EnableNodeCliInspectArguments!],
      enableCookieEncryption: wire[O.EnableCookieEncryption!],
      onlyLoadAppFromAsar: wire[O.OnlyLoadAppFromAsar!],
      enableEmbeddedAsarIntegrityValidation: wire[O.EnableEmbeddedAsarIntegrityValidation!]
    }).toEqual(
      Object.fromEntries(
        Object.entries(ELECTRON_FUSES).map(([name, on]) => [name, on ? FUSE.ENABLE : FUSE.DISABLE])
      )
    )
  })

  it('gives the deb a desktop entry that opens local paths and both file types, and a MIME type for .pipewright.json only', () => {
    const desktop = packed.generated.get('pipewright.desktop') ?? ''
    expect(desktop).toMatch(/^Exec=\/opt\/Pipewright\/pipewright %F$/m)
    expect(
      desktop
        .match(/^MimeType=(.*)$/m)?.[1]
        ?.split(';')
        .filter(Boolean)
        .sort()
    ).toEqual(['application/x-pipewright+json', 'image/png'])
    const mime = packed.generated.get('pipewright.xml') ?? ''
    expect(
      [...mime.matchAll(/<mime-type type="([^"]+)">\s*<glob pattern="([^"]+)"/g)].map((m) => [
        m[1],
        m[2]
      ])
    ).toEqual([['application/x-pipewright+json', '*.pipewright.json']])
    expect(mime).not.toContain('image/png')
  })

  it('installs each Linux icon size into the hicolor theme and names a maintainer and homepage', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(packed.fpmArgs).toContain(
        `${join(ROOT, 'resources/icons', `${size}x${size}.png`)}=/usr/share/icons/hicolor/${size}x${size}/apps/pipewright.png`
      )
    }
    expect(packed.fpmArgs).toContain(config.linux!.maintainer!)
    expect(packed.fpmArgs[packed.fpmArgs.indexOf('--url') + 1]).toMatch(/^https:\/\//)
  })
})
