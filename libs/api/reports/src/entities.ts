/**
 * The reports domain's one table (the export audit): for the server's entity list and the
 * database tooling only. Reports read other domains through their reporting views.
 */
export * from './lib/exports/report-export.entity';
export { REPORT_ENTITIES } from './lib/reports.entities';
