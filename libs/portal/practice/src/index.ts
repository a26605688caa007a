export * from './lib/practice.routes';
