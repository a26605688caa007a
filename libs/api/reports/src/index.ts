export * from './lib/reports.module';
export * from './lib/reports.service';
export * from './lib/reports.access';
export { REPORT_STATEMENTS } from './lib/report-statements';
export * from './lib/reports-database';
