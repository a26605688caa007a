export * from './lib/practice.module';
export * from './lib/practice.entities';
export * from './lib/practice.enums';
