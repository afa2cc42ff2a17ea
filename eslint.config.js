import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The boundaries of DESIGN.md, enforced here rather than remembered. */
const electronOnly = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const nodeAndDb = ['node:*', 'fs', 'path', 'os', 'child_process', 'knex', 'sqlite3', 'exceljs', 'pdf-lib', 'electron'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['*.config.ts', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeAndDb, 'react', 'react-dom', '@mantine/*'], message: 'shared/ holds pure rules: no Node, database, Excel, Electron or React.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeAndDb, message: 'The renderer talks to the core only through the contract (renderer/src/api).' },
            { group: ['**/electron/**'], message: 'The renderer imports only shared/ and browser packages.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**', 'electron/cli/**', 'electron/web/**', 'electron/launch/**', 'tests/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnly], patterns: [{ group: ['electron/*'], message: electronOnly.message }] }] },
  },
);
