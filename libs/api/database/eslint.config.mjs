import baseConfig, { typeAware } from '../../../eslint.config.mjs';

// The server, the database tooling and the seed are the ones that may use every domain's entities.
export default [...baseConfig, ...typeAware, { files: ['**/*.ts'], rules: { 'no-restricted-imports': 'off' } }];
