export * from './lib/scheduling.routes';
