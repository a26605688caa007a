/**
 * The practice domain's tables: for the server (TypeORM's entity list), the database tooling and
 * tools only; lint refuses this import anywhere else.
 */
export * from './lib/practice.entities';
