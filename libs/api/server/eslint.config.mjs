import baseConfig from '../../../eslint.config.mjs';

// The server, the database tooling and the seed are the ones that may use every domain's entities.
export default [...baseConfig, { files: ['**/*.ts'], rules: { 'no-restricted-imports': 'off' } }];
