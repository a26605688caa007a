export * from './lib/embedded-postgres';
export * from './lib/wait-for-database';
export * from './lib/data-source-options';
export { MIGRATIONS } from './migrations';
export * from './lib/boot-lock';
