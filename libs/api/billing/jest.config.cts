module.exports = {
  displayName: 'api-billing',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': require('../../../tools/jest/swc-transform.cjs'),
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/billing',
};
