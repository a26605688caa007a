export * from './lib/coaching.routes';
