import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The boundaries described in the README's section "How the project is laid out", enforced here rather than remembered. */
const electronOnly = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const nodeAndDb = ['node:*', 'fs', 'path', 'os', 'child_process', 'knex', 'sqlite3', 'exceljs', 'pdf-lib', 'electron'];
const namedExports = { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' };
/** A knex write on a table named in place (trx('staff')….update(…)): the repositories' job. */
const tableWrite = {
  selector:
    "CallExpression[callee.property.name=/^(insert|update|del|delete|increment|decrement|truncate|upsert|merge)$/]:has(CallExpression[callee.name=/^(trx|db|tx|knex)$/][arguments.0.type='Literal'], CallExpression[callee.property.name='db'][arguments.0.type='Literal'])",
  message: 'Table writes go through electron/core/db/repositories/.',
};
/**
 * A refusal's words come from the catalogue (shared/words/errors/): no DeskError or
 * SpreadsheetFileError is given a message written on the spot. The type Said already
 * asks for the catalogue's words; this keeps a cast from slipping one in.
 */
const onTheSpot = ':matches(Literal, TemplateLiteral, BinaryExpression, TSAsExpression)';
const wordsOnTheSpot = [
  {
    selector: `NewExpression[callee.name='DeskError'] > ${onTheSpot}.arguments:nth-child(2)`,
    message: 'A DeskError takes its message from the catalogue: deskError(key, details), or new DeskError(code).',
  },
  {
    selector: `NewExpression[callee.name='SpreadsheetFileError'] > ${onTheSpot}.arguments:nth-child(3)`,
    message: 'A SpreadsheetFileError takes its message from the catalogue: SpreadsheetFileError.of(file, key, details).',
  },
  {
    selector: `CallExpression[callee.object.name='DeskError'][callee.property.name='relayed'] > ${onTheSpot}.arguments:nth-child(2)`,
    message: 'DeskError.relayed carries a message already said (a reply); new words go into the catalogue.',
  },
];
const noElectron = { paths: [electronOnly], patterns: [{ group: ['electron/*'], message: electronOnly.message }] };

/**
 * The core's layers import only downward. services/ (one folder per feature)
 * may use every layer below it; handlers.ts and dispatch.ts sit on top. The
 * layers below never reach up: no services, no handler table, no dispatch,
 * and none of the sibling layers named here.
 */
const coreUp = (...layers) => ['services', 'handlers', 'dispatch', 'handlerTable', ...layers];
const coreLayers = {
  db: coreUp('excel', 'evidence', 'backup', 'print'),
  files: coreUp('excel', 'print'),
  evidence: coreUp('excel', 'backup', 'print'),
  backup: coreUp('excel', 'print'),
  print: coreUp('db', 'excel', 'backup', 'files'),
  excel: coreUp('evidence', 'backup', 'print'),
};
/** A file `depth` folders below electron/core reaches the core's own folders with `depth` times '../'. */
const layerRule = (layer, above, depth) => {
  const up = '../'.repeat(depth);
  return {
    files: [`electron/core/${layer}/${'*/'.repeat(depth - 1)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [
            ...noElectron.patterns,
            {
              group: above.flatMap((a) => [`${up}${a}`, `${up}${a}/**`]),
              message: `electron/core/${layer}/ is a lower layer: it imports nothing from ${above.join(', ')} (see coreLayers in eslint.config.js).`,
            },
          ],
        },
      ],
    },
  };
};

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
      'no-restricted-syntax': ['error', namedExports, ...wordsOnTheSpot],
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
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  ...Object.entries(coreLayers).flatMap(([layer, above]) => [1, 2, 3, 4].map((depth) => layerRule(layer, above, depth))),
  {
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/db/**'],
    rules: { 'no-restricted-syntax': ['error', namedExports, tableWrite, ...wordsOnTheSpot] },
  },
  {
    files: ['electron/core/services/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [
            ...noElectron.patterns,
            { group: ['../../dispatch', '../../handlers', '../../../dispatch', '../../../handlers'], message: 'Services sit below the handler table and dispatch.' },
          ],
        },
      ],
    },
  },
);
