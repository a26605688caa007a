export * from './lib/identity.module';
export * from './lib/users/user-directory.service';
export * from './lib/auth/password-hasher';
export * from './lib/graphql-enums';
