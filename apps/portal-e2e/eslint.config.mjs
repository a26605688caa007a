import playwright from 'eslint-plugin-playwright';
import baseConfig from '../../eslint.config.mjs';

export default [
  playwright.configs['flat/recommended'],
  ...baseConfig,
  {
    files: ['**/*.ts', '**/*.js'],
    rules: {
      // These helpers assert (axe scans, URL and heading checks) on the test's behalf.
      'playwright/expect-expect': ['warn', { assertFunctionNames: ['visit', 'checkPage', 'signIn', 'expectNoAxeViolations'] }],
    },
  },
];
