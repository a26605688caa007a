/**
 * The notifications domain's tables: for the server (TypeORM's entity list), the database tooling
 * (migrations, data source), the seed and tools only. Other domains read through its services
 * in the public entry point; lint refuses this import anywhere else.
 */
export * from './lib/notifications.entities';
export * from './lib/outbox/outbox-message.entity';
export * from './lib/jobs/job.entity';
export * from './lib/feeds/calendar-feed-token.entity';
