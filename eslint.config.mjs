// Lint: typescript-eslint's strict type-checked rules, the layer rules and no import cycles.
// Formatting is prettier's job (eslint-config-prettier turns off the rules that would fight it).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { sharedLayerZones } from './scripts/sharedLayers.mjs'

const PLATFORM_MODULES = [
  'electron',
  'react',
  'react-dom',
  '@xyflow/react',
  'zustand',
  'node:*',
  'fs',
  'path',
  'os',
  'child_process'
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.out/**',
      'resources/**',
      '**/*.d.ts',
      '**/*.d.mts',
      '**/*.d.cts'
    ]
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['bench/*.mts']
        },
        tsconfigRootDir: import.meta.dirname
      }
    },
    rules: {
      // Numbers and booleans in template strings read fine and are everywhere in messages.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true }
      ],
      // `onClick={() => setOpen(false)}` is the React idiom; braces around it would add nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `noUncheckedIndexedAccess` makes `x[i]!` the honest way to say "this index exists".
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
      ]
    }
  },
  {
    // Tests and benchmarks read saved files back with JSON.parse and poke at the result: the
    // assertions check those values, so typing every parsed file would add casts, not safety.
    files: ['tests/**/*.{ts,tsx,mts}', 'bench/**/*.{ts,mts}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Tests spread ASCII alphabets into their characters.
      '@typescript-eslint/no-misused-spread': 'off'
    }
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    // Functions in this file run inside the page (page.evaluate), not in Node.
    files: ['bench/lib/browser.mjs'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error'
    },
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.test.json' })
      ]
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/shared',
              from: ['./src/main', './src/renderer', './src/preload', './src/cli'],
              message:
                'src/shared is the bottom layer: it imports nothing from the platform layers.'
            },
            ...['main', 'renderer', 'preload', 'cli'].map((layer) => ({
              target: `./src/${layer}`,
              from: ['./src/main', './src/renderer', './src/preload', './src/cli'].filter(
                (other) => other !== `./src/${layer}`
              ),
              message: 'main, renderer, preload and cli import src/shared, never each other.'
            })),
            ...sharedLayerZones()
          ]
        }
      ]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: PLATFORM_MODULES,
              message: 'src/shared is pure TypeScript: no Electron, React, DOM or Node imports.'
            }
          ]
        }
      ]
    }
  },
  prettier
)
