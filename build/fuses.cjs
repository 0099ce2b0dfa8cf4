'use strict'
/**
 * Electron fuses flipped in the packaged binary (electron-builder's `electronFuses`, which calls
 * @electron/fuses right before signing). The one list: electron-builder.cjs passes it on and
 * tests/build/packaging.test.ts checks it. The keys are electron-builder's FuseOptionsV1 names.
 */
const ELECTRON_FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.js.
  runAsNode: false,
  // NODE_OPTIONS (--require, --inspect…) and NODE_EXTRA_CA_CERTS would inject code or trust into main.
  enableNodeOptionsEnvironmentVariable: false,
  // --inspect and SIGUSR1 would open a debugger on the main process.
  enableNodeCliInspectArguments: false,
  // Chromium's cookie store on disk encrypted with the OS keychain, as Chrome does.
  enableCookieEncryption: true,
  // Only resources/app.asar is loaded, never a resources/app folder someone put beside it…
  onlyLoadAppFromAsar: true,
  // …and its contents are checked against the hash recorded at build time (macOS, Windows).
  enableEmbeddedAsarIntegrityValidation: true
})

module.exports = { ELECTRON_FUSES }
