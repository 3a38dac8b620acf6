// One flat config for the whole repository (typescript-eslint's habit).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeOnly = ['node:*', 'fs', 'fs/*', 'path', 'child_process', 'os', 'process', 'url', 'worker_threads'];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/bin/**', '**/generated/**', '**/node_modules/**', '**/.vitest/**', '**/coverage/**', 'bench/.work/**'],
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
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', structuredClone: 'readonly', setTimeout: 'readonly' },
    },
  },
  {
    // The core of schema and linter runs in a browser too: no file, process or network I/O
    // outside cli/ and tests (design.md, "Architecture").
    files: ['packages/schema/src/**/*.ts', 'packages/linter/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-support/**', 'packages/linter/src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: nodeOnly, message: 'Core code takes text and returns data: I/O belongs in cli/ or the action.' }] }],
      'no-restricted-globals': ['error', 'process', 'fetch', 'require', '__dirname'],
    },
  },
  {
    // Imports flow one way: action → linter → schema.
    files: ['packages/schema/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@privacyspec/linter', '@privacyspec/action', ...nodeOnly], message: 'schema depends on nothing of ours, and does no I/O.' }] }],
    },
  },
  {
    files: ['packages/schema/src/**/*.test.ts', 'packages/schema/test/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@privacyspec/linter', '@privacyspec/action'], message: 'schema depends on nothing of ours.' }] }],
    },
  },
  {
    files: ['packages/linter/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@privacyspec/action'], message: 'The linter knows nothing of the action.' }] }],
    },
  },
);
