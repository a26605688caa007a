export * from './lib/role';
export * from './lib/permission';
export * from './lib/specialty';
export * from './lib/user-status';
export * from './lib/error-code';
export * from './lib/limits';
export * from './lib/coaching';
