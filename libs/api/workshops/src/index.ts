export * from './lib/workshops.enums';
export * from './lib/workshops.entities';
export * from './lib/workshops/workshop.entity';
export * from './lib/series/workshop-series.entity';
export * from './lib/registrations/registration.entity';
export * from './lib/workshops.module';
export * from './lib/series/recurrence';
