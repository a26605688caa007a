import { Module } from '@nestjs/common';
import { ReportExportsService } from './exports/report-exports.service';
import { ReportsAccess } from './reports.access';
import { ReportsDatabase } from './reports-database';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** The center's reports: they read the reporting views the other domains publish; their one table is the export audit. */
@Module({
  providers: [ReportsAccess, ReportsDatabase, ReportsService, ReportExportsService, ReportsResolver],
  exports: [ReportsService],
})
export class ReportsModule {}
