import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs'

// PW_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.PW_PORT ?? 4173)

const chromium = {
  browserName: 'chromium' as const,
  baseURL: `http://127.0.0.1:${PORT}`,
  viewport: { width: 1400, height: 900 },
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
}
const LONG_WORK = /longWork\.spec\.ts$/

export default defineConfig({
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '.playwright-results.json' }]],
  projects: [
    { name: 'chromium', testDir: 'tests/e2e', testIgnore: LONG_WORK, use: chromium },
    // Timing checks (no task over 100 ms while a layout runs) need the two cores to themselves: they
    // run after every other browser test, one at a time, like the benchmarks.
    {
      name: 'chromium-long-work',
      testDir: 'tests/e2e',
      testMatch: LONG_WORK,
      dependencies: ['chromium'],
      fullyParallel: false,
      use: chromium
    },
    { name: 'electron', testDir: 'tests/electron' }
  ],
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000
  }
})
