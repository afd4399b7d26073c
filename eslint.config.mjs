// One lint configuration for the whole repository (`npm run lint`), run by `npm test` before
// the suites. Formatting is Prettier's job (`npm run format:check`), so its rules are off here.
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Only repositories touch the database (CONTRIBUTING.md). A service may still open a transaction,
// `prisma.$transaction(async (tx) => …)`, and hand `tx` to repositories; a query is a method of a
// model (`tx.item.update(…)`, `this.prisma.item.findMany(…)`), whatever the client is called.
// The models are read from the schema, so a new one is covered the day it is added.
const MODELS = [
  ...readFileSync(new URL('prisma/schema.prisma', import.meta.url), 'utf8').matchAll(/^model (\w+)/gm),
].map(([, name]) => name.charAt(0).toLowerCase() + name.slice(1));
const MODEL_METHODS = [
  ...['findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow'],
  ...['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert'],
  ...['delete', 'deleteMany', 'count', 'aggregate', 'groupBy'],
].join('|');
const queryOutsideRepository =
  'Only repositories touch the database: move this query into a *.repository.ts (or a *.query.ts beside one)';
const ORM_QUERY = [
  {
    selector: `CallExpression[callee.property.name=/^(${MODEL_METHODS})$/][callee.object.property.name=/^(${MODELS.join('|')})$/]`,
    message: queryOutsideRepository,
  },
  { selector: 'CallExpression[callee.name=/^(sqlRows|sqlExecute)$/]', message: queryOutsideRepository },
];
// Hand-written SQL runs through sqlRows/sqlExecute (apps/api/src/database/sql.ts), which give
// the same types on the pool and in a transaction; nothing else runs it.
const RAW_SQL = [
  {
    selector: 'TaggedTemplateExpression[tag.property.name=/^\\$(queryRaw|executeRaw)$/]',
    message: 'Run hand-written SQL with sqlRows or sqlExecute (database/sql.ts)',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(\\$(queryRaw|executeRaw)(Unsafe)?|queryPool)$/]',
    message: 'Run hand-written SQL with sqlRows or sqlExecute (database/sql.ts)',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '.data*/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'backups/',
      'apps/api/src/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a value taken apart on purpose (a destructured field left out, say).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.query.ts', 'apps/api/src/database/**', 'apps/api/src/seed/**'],
    rules: { 'no-restricted-syntax': ['error', ...ORM_QUERY, ...RAW_SQL] },
  },
  {
    files: ['apps/api/src/**/*.repository.ts', 'apps/api/src/**/*.query.ts', 'apps/api/src/seed/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...RAW_SQL] },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Code that runs inside the page through page.evaluate.
    files: ['bench/web.mjs', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
  {
    // Prettier wraps code at 120 columns but leaves long strings, SQL and templates as written;
    // past 160 a line is split by hand (after eslint-config-prettier, which turns this rule off).
    rules: { 'max-len': ['error', { code: 160, tabWidth: 2 }] },
  },
);
