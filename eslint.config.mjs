// One flat config for the whole repository (typescript-eslint's habit).
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const nodeOnly = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'child_process',
  'os',
  'process',
  'url',
  'worker_threads',
];
const tests = ['**/*.test.ts', '**/test-support/**'];

/**
 * One block per place: what it may not import (ours or Node's), entries it must not import
 * (`paths`, each with its reason) and, in core code, no process/fetch.
 */
function restrictImports({ files, ignores = [], forbidden, paths = [], globals = false }) {
  return [
    {
      files,
      ignores,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths,
            patterns: [
              {
                group: forbidden,
                message:
                  'Imports flow action → linter → schema (render → schema; only the CLI uses render; only the CLI, the node layer and the rules use vendors), and core code takes text and returns data: I/O belongs in cli/ or the action.',
              },
            ],
          },
        ],
        ...(globals
          ? { 'no-restricted-globals': ['error', 'process', 'fetch', 'require', '__dirname'] }
          : {}),
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/bin/**',
      '**/generated/**',
      '**/node_modules/**',
      '**/.vitest/**',
      '**/coverage/**',
      'bench/.work/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Declarations come from strangers' pull requests: a regular expression that backtracks
    // super-linearly on some text is a hang waiting for that text (issue 12). Reported when
    // merely possible, not only when certain.
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }] },
  },
  {
    // A linear match retried at every offset is quadratic over long text. Tests match their own
    // output, so this rule covers the code that reads declarations, configs and paths.
    files: ['**/*.ts', '**/*.mjs'],
    ignores: tests,
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false }],
    },
  },
  {
    // Every property test runs on the one seed CI fixes (vitest.config.base.js), so a failure
    // replays with FC_SEED=<seed>; fast-check's own default is a new random seed each run.
    files: tests,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='fc'][callee.property.name='assert'][arguments.length<2]",
          message:
            'Pass { seed: Number(process.env.FC_SEED) } to fc.assert (vitest.config.base.js).',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  ...restrictImports({
    // The core of schema and linter runs in a browser too: no file, process or network I/O
    // outside the edges (design.md, "Architecture"); imports flow action → linter → schema.
    files: ['packages/schema/src/**/*.ts'],
    ignores: tests,
    forbidden: ['@privacyspec/linter', '@privacyspec/action', '@privacyspec/render', ...nodeOnly],
    globals: true,
  }),
  ...restrictImports({
    files: ['packages/schema/src/**/*.test.ts', 'packages/schema/test/**'],
    forbidden: ['@privacyspec/linter', '@privacyspec/action'],
  }),
  ...restrictImports({
    // render is core too: declaration in, string (or XLSX bytes) out; it builds on schema only.
    files: ['packages/render/src/**/*.ts'],
    ignores: tests,
    forbidden: ['@privacyspec/linter', '@privacyspec/action', ...nodeOnly],
    globals: true,
  }),
  ...restrictImports({
    files: ['packages/render/src/**/*.test.ts', 'packages/render/test/**'],
    forbidden: ['@privacyspec/linter', '@privacyspec/action'],
  }),
  ...restrictImports({
    // vendors is core too: manifest, lockfile or template text in, dependencies and hosts out.
    files: ['packages/vendors/src/**/*.ts'],
    ignores: tests,
    forbidden: [
      '@privacyspec/linter',
      '@privacyspec/action',
      '@privacyspec/render',
      '@privacyspec/schema',
      ...nodeOnly,
    ],
    globals: true,
  }),
  ...restrictImports({
    files: ['packages/vendors/src/**/*.test.ts', 'packages/vendors/test/**'],
    forbidden: ['@privacyspec/linter', '@privacyspec/action'],
  }),
  ...restrictImports({
    files: ['packages/linter/src/**/*.ts'],
    ignores: [
      ...tests,
      'packages/linter/src/cli/**',
      'packages/linter/src/node/**',
      'packages/linter/src/rules/**',
    ],
    forbidden: ['@privacyspec/action', '@privacyspec/render', '@privacyspec/vendors', ...nodeOnly],
    globals: true,
  }),
  ...restrictImports({
    // A rule may hold recipients against the vendor catalogue: pure data, no I/O.
    files: ['packages/linter/src/rules/**/*.ts'],
    ignores: tests,
    forbidden: ['@privacyspec/action', '@privacyspec/render', ...nodeOnly],
    paths: [
      {
        name: '@privacyspec/vendors',
        message:
          'Import @privacyspec/vendors/recipients: the main entry loads every dependency parser (and jsonc-parser) at each lint.',
      },
    ],
    globals: true,
  }),
  ...restrictImports({
    files: [
      'packages/linter/src/cli/**',
      'packages/linter/src/node/**',
      'packages/linter/src/**/*.test.ts',
      'packages/linter/test/**',
    ],
    forbidden: ['@privacyspec/action'],
  }),
);
