export * from './lib/coaching.routes';
export * from './lib/shared/level-picker.component';
