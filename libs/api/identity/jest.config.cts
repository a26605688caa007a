const { esmTransform, esmTransformIgnorePatterns } = require('../../../jest.esm.cjs');

module.exports = {
  displayName: 'api-identity',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    ...esmTransform,
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: esmTransformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/identity',
};
