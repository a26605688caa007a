export * from './lib/time-zone';
