/**
 * API integration tests: a real PostgreSQL (embedded, or DATABASE_URL when set) started once per
 * run by the global setup; each test file gets its own database and server.
 */
module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('../../tools/jest/swc-transform.cjs') },
  // ruru loads its bundled GraphiQL files with import(), which Jest's sandbox only runs once
  // transformed to require(); otplib's base32 and hash plugins (@scure/base, @noble/hashes) ship as ESM only.
  transformIgnorePatterns: ['/node_modules/(?!ruru/|@scure/base/|@noble/hashes/|@otplib/|otplib/|intl-messageformat/|@formatjs/)'],
  moduleFileExtensions: ['ts', 'js', 'html'],
  roots: ['<rootDir>/src', '<rootDir>/test'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30_000,
  coverageDirectory: '../../coverage/apps/api',
};
