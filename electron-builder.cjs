'use strict'
// electron-builder's configuration (it finds this file by name). `npm run dist` builds the
// installers for the platform it runs on. tests/build/packaging.test.ts checks this file against
// electron-builder's own schema and against what the app needs.
const { ELECTRON_FUSES } = require('./build/fuses.cjs')
const { electronDist, removeDefaultApp } = require('./build/electronDist.cjs')

/** @type {import('electron-builder').Configuration} */
module.exports = {
  // Placeholder reverse-DNS id: it names the app to macOS and Windows, so settle it before a release.
  appId: 'dev.pipewright.app',
  productName: 'Pipewright',
  directories: { output: 'dist', buildResources: 'resources' },
  // Everything main, preload and renderer need is bundled into out/ (package.json has no
  // runtime dependencies), so app.asar holds out/ and package.json and no node_modules.
  files: ['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', '!**/*.map'],
  asar: true,
  // The CLI, bundled into one file (build/cli.vite.config.mts), beside app.asar so that a plain
  // Node.js can run it: resources/cli/pipewright.cjs in the installed app.
  extraResources: [{ from: 'out/cli', to: 'cli', filter: ['pipewright.cjs'] }],
  electronDist,
  afterExtract: removeDefaultApp,
  electronFuses: ELECTRON_FUSES,
  // Nothing to rebuild: there are no native modules.
  npmRebuild: false,
  fileAssociations: [
    {
      ext: 'pipewright.json',
      name: 'Pipewright diagram',
      description: 'Pipewright pipeline diagram',
      mimeType: 'application/x-pipewright+json',
      role: 'Editor'
    },
    {
      // An exported PNG carries the diagram in a text chunk and reopens as the diagram; it is
      // saved again only through Save As, so Pipewright views it rather than edits it. No
      // mimeType here: on Linux that would write a shared-mime-info entry for image/png itself,
      // and its comment and icon would replace those of every PNG. It is image/png already;
      // linux.mimeTypes offers Pipewright for it.
      ext: 'pipewright.png',
      name: 'Pipewright diagram image',
      description: 'PNG image of a Pipewright diagram, with the diagram inside',
      role: 'Viewer'
    }
  ],
  linux: {
    target: ['AppImage', 'deb'],
    // A folder of NxN.png files: each becomes that size in the hicolor icon theme.
    icon: 'resources/icons',
    category: 'Development',
    // Offered for PNG images (an exported diagram is one), without redefining image/png.
    mimeTypes: ['image/png'],
    executableName: 'pipewright',
    // The .desktop entry's Exec gets %F, local paths, as src/main/argv.ts expects; electron-builder's
    // default %U would hand a file manager's file:// URL to the app instead.
    executableArgs: ['%F'],
    synopsis: 'Design AWS streaming and big-data pipelines with live integration checks',
    // Placeholder: a .deb must name a maintainer with an address.
    maintainer: 'Pipewright maintainers <maintainers@pipewright.invalid>'
  },
  mac: {
    target: ['dmg'],
    icon: 'resources/icon.icns',
    category: 'public.app-category.developer-tools'
  },
  win: {
    target: ['nsis'],
    icon: 'resources/icon.ico'
  },
  nsis: {
    oneClick: false,
    allowToChangeInstallationDirectory: true
  }
}
