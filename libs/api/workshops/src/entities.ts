/**
 * The workshops domain's tables: for the server (TypeORM's entity list), the database tooling
 * (migrations, data source), the seed and tools only. Other domains read through its services
 * in the public entry point; lint refuses this import anywhere else.
 */
export * from './lib/workshops.entities';
export * from './lib/workshops/workshop.entity';
export * from './lib/series/workshop-series.entity';
export * from './lib/registrations/registration.entity';
