export * from './lib/api-error';
export * from './lib/api.providers';
export * from './lib/auth.store';
export * from './lib/graphql.client';
export * from './lib/graphql/generated';
export * from './lib/permission.guard';
export * from './lib/signed-in.guard';
export * from './lib/signed-out.guard';
