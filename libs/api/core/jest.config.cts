module.exports = {
  displayName: 'api-core',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': require('../../../tools/jest/swc-transform.cjs'),
  },
  // intl-messageformat and its @formatjs parts are ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!intl-messageformat/|@formatjs/)'],
  moduleFileExtensions: ['ts', 'js', 'html'],
  // A PostgreSQL for the specs that run SQL: DATABASE_URL, else an embedded one (see the setup).
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  coverageDirectory: '../../../coverage/libs/api/core',
};
