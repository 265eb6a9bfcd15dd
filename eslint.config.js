// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way (../shared/design.md): shared layers (api, domain, ui, charts, export,
 * view-state, panels) -> features -> app. Features never import each other; only src/main.tsx
 * reaches mocks/. Plain UI (ui/) never reaches the Recharts charts, so a card paints without them.
 */
const FEATURES = ['overview', 'industries', 'talent', 'chips', 'timeline', 'sources', 'presentation'];

const importDirectionZones = [
  // Shared layers import neither features nor the app.
  ...['api', 'domain', 'ui', 'charts', 'export', 'view-state', 'panels'].flatMap((layer) => [
    { target: `./src/${layer}`, from: './src/features', message: 'Shared code must not import a feature.' },
    { target: `./src/${layer}`, from: './src/app', message: 'Shared code must not import the app.' },
  ]),
  // The lowest layers do not import UI.
  ...['api', 'domain'].flatMap((layer) =>
    ['ui', 'charts', 'export', 'panels'].map((ui) => ({ target: `./src/${layer}`, from: `./src/${ui}`, message: `${layer} has no UI.` })),
  ),
  ...['ui', 'charts', 'export'].map((layer) => ({ target: `./src/${layer}`, from: './src/panels', message: 'UI, charts and export do not fetch data; panels do.' })),
  // A feature never imports another feature.
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature; move shared code to ui, charts, domain or panels.',
  })),
  { target: './src/features', from: './src/app', message: 'Features do not import the app.' },
  // Only main.tsx reaches the mocks.
  { target: './src/!(main.tsx)', from: './mocks', message: 'Only src/main.tsx may import mocks/.' },
  { target: './src/*/**', from: './mocks', message: 'Only src/main.tsx may import mocks/.' },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'reports', 'test-results', 'public/mockServiceWorker.js', 'node_modules', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: importDirectionZones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `import { type X }` alone still loads the module; `import type` does not.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render API text as text: no dangerouslySetInnerHTML.',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Components never call fetch: use a resource hook from src/api.' },
      ],
    },
  },
  {
    // Recharts stays out of the section chunks: a chart module is reached only through its lazy
    // registry (src/charts/lazy/, a feature's charts.ts), so the card around it paints first.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'recharts', message: 'Only chart modules (*-chart.tsx) import Recharts.' }],
          patterns: [
            {
              group: ['**/*-chart'],
              allowTypeImports: true,
              message: 'Import charts from src/charts/lazy/ or the feature\'s charts.ts, which load them apart from the card.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*-chart.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // zod loads with the first request (api/client.ts), not with the shell: outside the client and
    // the schemas themselves, the schemas give types only, and the vocabularies come from
    // api/vocabulary.ts. (api/schemas/zod stays open to the deck model, which loads on demand.)
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/client.ts', 'src/api/openapi.ts', 'src/api/schemas/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)schemas(/(?!zod(\\.[jt]s)?$)[\\w.-]+)?/?$',
              allowTypeImports: true,
              message: 'Outside the API client and the schemas, import types from the schemas and values from api/vocabulary.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The data layer is the one place that calls fetch; scripts and tests may too.
    files: ['src/api/client.ts', 'scripts/**', 'tests/**', 'mocks/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['scripts/**', 'tests/e2e/**', 'tests/bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
