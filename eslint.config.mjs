import nx from '@nx/eslint-plugin';

// Module boundaries: the API and the portal only meet in libs/shared; Nest, TypeORM and the
// database drivers never reach the portal, and Angular never reaches the API.
// The domain ladder: a domain depends only on the rungs below it (shared at the bottom, then
// notifications as infrastructure, identity, scheduling, and the domains built on sessions);
// only the composition projects (`domain:app`: server, apps, e2e suites, seed) see every domain.
const ladder = {
  'domain:shared': [],
  'domain:notifications': [],
  'domain:identity': ['domain:notifications'],
  'domain:scheduling': ['domain:identity', 'domain:notifications'],
  'domain:coaching': ['domain:scheduling', 'domain:identity', 'domain:notifications'],
  'domain:workshops': ['domain:scheduling', 'domain:identity', 'domain:notifications'],
  'domain:practice': ['domain:coaching', 'domain:scheduling', 'domain:identity', 'domain:notifications'],
  'domain:self-practice': ['domain:practice', 'domain:coaching', 'domain:scheduling', 'domain:identity', 'domain:notifications'],
};
const domainConstraints = Object.entries(ladder).map(([sourceTag, below]) => ({
  sourceTag,
  onlyDependOnLibsWithTags: [sourceTag, ...below, 'domain:shared'],
}));
// A domain's entities (its tables) are private: `@debrief/api/<domain>/entities` is for the
// server, the database tooling and the seed only (their eslint configs turn this off); every
// other project reads another domain through that domain's read interface in its index.
const entitiesArePrivate = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['@debrief/api/*/entities'],
          message: "Entities are private to their domain: read another domain through its read interface (e.g. SessionDirectoryService, UserDirectoryService) in its index.",
        },
      ],
    },
  ],
};
/**
 * Type-aware rules for the API projects (each one's eslint.config.mjs spreads this): a promise is
 * awaited or handed on, never dropped, and never passed where a plain callback is expected.
 */
export const typeAware = [
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
];
const serverOnly = ['@nestjs/*', 'typeorm', 'pg', '@electric-sql/*', 'argon2', 'nodemailer', 'express'];
const browserOnly = ['@angular/*', 'apollo-angular', '@apollo/client', '@apollo/client/*'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.data', '**/test-output', '**/playwright-report'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'], bannedExternalImports: browserOnly },
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'], bannedExternalImports: serverOnly },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: [...serverOnly, ...browserOnly] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:app', 'type:feature', 'type:core', 'type:data-access', 'type:ui', 'type:util', 'type:tool'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:app', 'type:feature', 'type:core', 'type:data-access', 'type:util', 'type:tool'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:data-access', 'type:util', 'type:tool'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:data-access', 'type:ui', 'type:util'] },
            // api-core: the API's cross-cutting framework (config, coded errors, the access guard,
            // validation, per-request loaders) — Nest-bound, so not a util, and below every feature.
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            ...domainConstraints,
            { sourceTag: 'domain:app', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: entitiesArePrivate,
  },
];
