/** The translation check's own rules (tools/i18n/catalogs.ts). */
module.exports = {
  displayName: 'tools-i18n',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': require('../jest/swc-transform.cjs') },
  moduleFileExtensions: ['ts', 'js'],
  roots: ['<rootDir>'],
};
