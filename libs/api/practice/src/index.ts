export * from './lib/practice.module';
export * from './lib/practice.enums';
