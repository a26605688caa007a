export * from './lib/self-practice.routes';
