export * from './lib/create-app';
export * from './lib/app.module';
export * from './lib/entities';
export { collectOperationPolicies } from '@debrief/api/core';
