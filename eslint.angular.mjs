// The lint rules every Angular project shares (apps/portal and libs/portal/*): Nx and Angular
// recommendations, the db- selector prefix, and template accessibility checks.
import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import baseConfig from './eslint.config.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'db',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'db',
          style: 'kebab-case',
        },
      ],
    },
  },
  {
    files: ['**/*.html'],
    // WCAG basics checked at lint time: labels, alt text, keyboard handlers, valid ARIA.
    rules: Object.assign({}, ...angular.configs.templateAccessibility.map((config) => config.rules ?? {})),
  },
];
