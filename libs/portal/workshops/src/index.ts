export * from './lib/workshops.routes';
