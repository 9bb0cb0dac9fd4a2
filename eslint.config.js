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

const apiDir = 'apps/api/src'
const apiModules = (() => {
  try {
    return readdirSync(`${apiDir}/modules`, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  } catch {
    return []
  }
})()

/**
 * The API modules' declared faces: the only files of a module that other modules may import
 * (ARCHITECTURE.md, "Module boundaries"). Everything else in a module is its own. A new
 * dependency between modules is decided here, in review, not by an import that happens to work.
 */
const apiFaces = {
  // The people columns of a ledger (every ledger of people composes them), the resident as
  // other records show it, and registering a person (登记住户 registers new members with the
  // residents' own createResident: one validation, encryption and duplicate check), and how a
  // search box's `q` is read (a list of people of another module reads it the same way).
  residents: ['people.import.ts', 'resident-dto.ts', 'residents.service.ts', 'resident-search.ts'],
  // A referenced committee resolved within the actor's scope.
  committees: ['committee-refs.ts'],
  // Nodes of the party tree resolved within the party scope.
  'party-organizations': ['party-organizations.service.ts'],
  // A resident's 死亡 takes their membership off the roll.
  'party-members': ['party-member-death.ts'],
  // The places a dwelling and a household are resolved in.
  buildings: ['buildings.service.ts'],
  dwellings: ['dwellings.service.ts'],
  // A resident's life event (死亡, 迁出…) ends their membership as the household's 迁出 does.
  households: ['household-leave.ts'],
  // Sign-in, sessions and passwords, used by the accounts that own them.
  auth: [
    'load-actor.ts',
    'login-throttle.ts',
    'password-hashing.ts',
    'session-cache.ts',
    'sessions.ts',
  ],
  'api-tokens': ['token-auth.ts'],
  settings: ['settings.service.ts'],
  // A patrol's finding of an unregistered tenant is reported as the rentals' 待登记 (its DTO, for the audit).
  rentals: ['pending-registrations.service.ts'],
  // The reminders centre's seam: each module's `<module>.reminders.ts` is a `TReminderSource`.
  reminders: ['reminder-source.ts'],
  // The office's figures: the seam each module's `*.figures.ts` implements, and the service the
  // annual report (reports/) reads rather than recomputing the figures.
  statistics: ['figure-source.ts', 'statistics.service.ts'],
}

const apiEngineZone = {
  target: [`./${apiDir}/imports`, `./${apiDir}/exports`, `./${apiDir}/lib`],
  from: [
    `./${apiDir}/modules`,
    `./${apiDir}/plugins`,
    `./${apiDir}/routes.ts`,
    `./${apiDir}/ledger-types.ts`,
  ],
  message:
    'The import and export engines and lib/ know no record module: the app gives them what they need (src/ledger-types.ts, plugins/).',
}
const apiModuleZones = apiModules.map((module) => ({
  target: `./${apiDir}/modules/${module}`,
  from: `./${apiDir}/modules`,
  except: [
    `./${module}`,
    ...Object.entries(apiFaces)
      .filter(([owner]) => owner !== module)
      .flatMap(([owner, files]) => files.map((file) => `./${owner}/${file}`)),
  ],
  message:
    'A module uses another only through its declared face (apiFaces in eslint.config.js); move shared code to lib/ or declare the face.',
}))

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
    files: ['apps/api/**/*.ts'],
    ignores: ['apps/api/**/*.test.ts'],
    plugins: { 'import-x': importX },
    rules: {
      // The API's dependency direction: the app (app.ts, routes.ts, ledger-types.ts, plugins/)
      // assembles modules and engines; the engines (imports/, exports/) and lib/ know no
      // module; a module uses another only through that module's declared face (apiFaces).
      'import-x/no-restricted-paths': ['error', { zones: [apiEngineZone, ...apiModuleZones] }],
    },
  },
  {
    // Tests may reach into other modules (an import test reads what the residents type built),
    // but the engines' own tests still know no module.
    files: ['apps/api/**/*.test.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [apiEngineZone] }] },
  },
  {
    // The shared contract must stay framework-free: no server or browser code in it.
    files: ['packages/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['fastify*', '@prisma/*', 'react*', 'antd*', '@cr/db/*'] },
            {
              group: ['**/error-messages.ts'],
              allowTypeImports: true,
              message:
                'Name errors with issue()/messageFor() from common/issue.ts: importing the message table puts both languages of every module into each page that loads a schema.',
            },
          ],
        },
      ],
    },
  },
  {
    // The table itself, its tests and the test setups load it on purpose.
    files: ['packages/shared/src/common/error-messages.ts', 'packages/shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The web app fetches the table after the first page (main.tsx); a static import of it
    // would put it back into every page's first load.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@cr/shared/common/error-messages',
              allowTypeImports: true,
              message: 'Use messageFor() from @cr/shared/common/issue (see issue.ts).',
            },
            {
              name: 'dayjs',
              allowTypeImports: true,
              message:
                "Import dayjs from '@/lib/dayjs': it follows the UI language (date pickers' weekdays), and the first pages load no dayjs.",
            },
          ],
        },
      ],
    },
  },
  {
    // The one place the web app takes dayjs from the package.
    files: ['apps/web/src/lib/dayjs.ts'],
    rules: { 'no-restricted-imports': 'off' },
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
