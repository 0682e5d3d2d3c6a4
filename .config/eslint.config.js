// Lint rules that turn the house style's comments into checks (run by `npm run lint`, and by `npm test` first).
// The config lives in .config/ so that the top level keeps only the files the brief fixed; basePath points its
// globs at the repository.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// SQL is written only in *.repo.ts and server/db/: elsewhere, no statement is prepared or run, and no string is SQL.
const SQL_OUTSIDE_REPOS = [
  {
    selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]',
    message: 'SQL belongs in a *.repo.ts (or server/db/).',
  },
  {
    selector: "CallExpression[callee.property.name='exec'][callee.object.regex=undefined]",
    message: 'SQL belongs in a *.repo.ts (or server/db/).',
  },
  { selector: "CallExpression[callee.name='cached']", message: 'SQL belongs in a *.repo.ts (or server/db/).' },
  {
    selector: 'Literal[value=/^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|WITH|PRAGMA)\\s/i]',
    message: 'SQL belongs in a *.repo.ts (or server/db/).',
  },
  {
    selector: 'TemplateElement[value.raw=/^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|WITH|PRAGMA)\\s/i]',
    message: 'SQL belongs in a *.repo.ts (or server/db/).',
  },
];

const restrict = (patterns, paths = []) => ['error', { patterns, paths }];

export default tseslint.config(
  { basePath: '..' },
  { ignores: ['dist/**', 'node_modules/**', 'screenshots/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['admin/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(
        [
          {
            group: ['**/server/**', '!**/server/contract', '!**/server/contract/**'],
            message: 'The SPA imports nothing of server/ but server/contract/.',
          },
        ],
        [
          {
            name: 'react-admin',
            importNames: ['useCanAccess'],
            message: 'Use useCan (admin/providers/useCan.ts): it takes a typed Permission.',
          },
          {
            name: 'react-admin',
            importNames: ['DateInput', 'DateTimeInput', 'TimeInput'],
            message:
              'Use admin/common/DateInput or DateTimeInput: ДД.ММ.ГГГГ, a calendar from Monday, the clinic’s day.',
          },
        ],
      ),
    },
  },
  {
    // The one place that calls react-admin's useCanAccess, to type it.
    files: ['admin/providers/useCan.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.repo.ts', 'server/db/**'],
    rules: { 'no-restricted-syntax': ['error', ...SQL_OUTSIDE_REPOS] },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/admin/**'], message: 'The server never imports the SPA.' }]),
    },
  },
  {
    files: ['server/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          regex: '^(?!\\./)',
          message: 'The contract holds types and literal arrays only: it imports nothing but itself.',
        },
      ]),
    },
  },
  {
    files: ['server/db/**/*.ts', 'server/**/*.repo.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          { group: ['**/http/**'], message: 'Data access never depends on HTTP.' },
          { group: ['**/admin/**'], message: 'The server never imports the SPA.' },
        ],
        [{ name: 'express', message: 'Data access never depends on HTTP.' }],
      ),
    },
  },
  {
    files: ['server/**/*.service.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          {
            group: ['**/http/**'],
            message: 'Services never depend on HTTP: take a RequestContext and a ListQuery from server/shared/.',
          },
          { group: ['**/admin/**'], message: 'The server never imports the SPA.' },
        ],
        [{ name: 'express', message: 'Services never import Express.' }],
      ),
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
