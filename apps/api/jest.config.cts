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
  // Every file has its own database and server, so files run side by side; a worker spends much
  // of its time waiting on PostgreSQL, so one worker per core keeps both cores of a CI machine
  // busy (the suite took 292 s with Jest's default of cores - 1 there, 152 s with 2).
  maxWorkers: '100%',
  coverageDirectory: '../../coverage/apps/api',
};
