// Unit tests (beside the code), the web build's size budget (tests/web), the Docker deployment's
// files (tests/deploy) and API integration tests (tests/api, against the real PostgreSQL that
// scripts/test.mjs starts). Run them through `npm test`.
const path = require('node:path');

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/packages/*/src/**/*.test.ts',
    '<rootDir>/apps/api/src/**/*.spec.ts',
    '<rootDir>/tests/api/**/*.e2e-spec.ts',
    '<rootDir>/tests/web/**/*.test.ts',
    '<rootDir>/tests/deploy/**/*.test.ts',
  ],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: { '^@srt/contracts$': path.join(__dirname, 'packages/contracts/src/index.ts') },
  testTimeout: 30000,
};
