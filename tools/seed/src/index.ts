export * from './lib/demo-center.seed';
export * from './lib/demo-center.data';
