import { Module } from '@nestjs/common';
import { ReportsAccess } from './reports.access';
import { ReportsDatabase } from './reports-database';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** The center's reports. No entities of its own: it reads the reporting views the other domains publish. */
@Module({
  providers: [ReportsAccess, ReportsDatabase, ReportsService, ReportsResolver],
  exports: [ReportsService],
})
export class ReportsModule {}
