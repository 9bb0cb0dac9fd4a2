// One lint setup for the whole repository.
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const featuresDir = 'apps/web/src/features'
const features = (() => {
  try {
    return readdirSync(featuresDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  } catch {
    return []
  }
})()

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'prisma/generated/**',
      '.data/**',
      '**/playwright-report/**',
      '**/test-results/**',
      'e2e/screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // bulletproof-react's dependency direction: app → features → shared code, and no feature
      // imports another (shared pieces move to components/, hooks/ or lib/).
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./${featuresDir}/${feature}`,
              from: `./${featuresDir}`,
              except: [`./${feature}`],
              message:
                'A feature must not import another feature; move shared code to components/, hooks/ or lib/.',
            })),
            {
              target: [
                './apps/web/src/components',
                './apps/web/src/hooks',
                './apps/web/src/lib',
                './apps/web/src/config',
              ],
              from: ['./apps/web/src/features', './apps/web/src/app'],
              message: 'Shared code must not depend on features or the app layer.',
            },
            {
              target: `./${featuresDir}`,
              from: './apps/web/src/app',
              message: 'Features must not import the app layer.',
            },
          ],
        },
      ],
    },
  },
  {
    // The shared contract must stay framework-free: no server or browser code in it.
    files: ['packages/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['fastify*', '@prisma/*', 'react*', 'antd*', '@cr/db/*'] },
      ],
    },
  },
  {
    // Business dates come from the app's clock (apps/api/src/lib/clock.ts): "today" without an
    // instant reads the machine's date, which made tests pass or fail by the day they ran on.
    files: ['apps/api/**/*.ts', 'apps/cli/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.name=/^(todayInChina|todayCst|currentMonth)$/][arguments.length=0]',
          message:
            'Take today from the clock: app.today() or ctx.today in the API, testToday in tests (lib/clock.ts).',
        },
        {
          selector:
            "AssignmentPattern[left.name=/^(today|now)$/] > :matches(NewExpression[callee.name='Date'][arguments.length=0], CallExpression[callee.property.name='now'])",
          message:
            'No default "now": a service receives the instant or the day from the clock (app.clock, ctx.today).',
        },
      ],
    },
  },
)
