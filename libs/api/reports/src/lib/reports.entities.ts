import { ReportExportEntity } from './exports/report-export.entity';

export const REPORT_ENTITIES = [ReportExportEntity];
