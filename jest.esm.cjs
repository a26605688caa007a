/**
 * ES-module-only packages some Jest projects load (openid-client 6 and its dependencies). Jest runs
 * tests as CommonJS, so these files are transformed like our own; everything else in node_modules
 * is left alone. Spread `esmTransform` before a project's own transform (first match wins).
 */
const { join } = require('node:path');

const ESM_PACKAGES = ['openid-client', 'oauth4webapi', 'jose'];

module.exports = {
  esmTransform: {
    [`/node_modules/(${ESM_PACKAGES.join('|')})/.+\\.js$`]: ['ts-jest', { tsconfig: join(__dirname, 'tsconfig.jest-esm.json') }],
  },
  esmTransformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
};
