export * from './lib/coaches.routes';
