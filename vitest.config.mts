import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/main/**/*.test.ts',
      'tests/cli/**/*.test.ts',
      'tests/build/**/*.test.ts',
      'tests/scripts/**/*.test.ts'
    ],
    environment: 'node'
  }
})
