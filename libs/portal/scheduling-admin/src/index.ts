export * from './lib/scheduling-admin.routes';
