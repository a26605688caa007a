export * from './lib/workshops.enums';
export * from './lib/workshops.module';
export * from './lib/series/recurrence';
