import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, ForbiddenError } from '@debrief/api/core';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import type { ReportScope } from '../report-sql';
import { ReportsAccess } from '../reports.access';
import { ReportsDatabase } from '../reports-database';
import { ReportsService } from '../reports.service';
import { ReportExportEntity } from './report-export.entity';
import { capacityTables, demandTables, noShowTables, outcomeTables, reachTables, ReportTable, StudentRow, studentTables, workshopTables } from './report-tables';
import { safeCell } from './spreadsheet-cells';
import { studentsSql } from './students.report';

export enum ReportKind {
  Capacity = 'CAPACITY',
  Demand = 'DEMAND',
  NoShows = 'NO_SHOWS',
  Reach = 'REACH',
  Workshops = 'WORKSHOPS',
  Outcomes = 'OUTCOMES',
  /** One row per student (names and emails): staff only, audited. */
  Students = 'STUDENTS',
}

export interface ExportFile {
  filename: string;
  contentType: string;
  /** CSV text, or base64 for the workbook. */
  content: string;
}

/**
 * Every report as CSV (csv-stringify, formula-safe cells), and the whole period as one XLSX
 * workbook (exceljs). Exports naming students are refused to non-staff and audited in
 * report_exports (who, which report, period and filters, how many rows, when).
 */
@Injectable()
export class ReportExportsService {
  constructor(
    private readonly reports: ReportsService,
    private readonly db: ReportsDatabase,
    private readonly access: ReportsAccess,
    @InjectDataSource() private readonly main: DataSource,
  ) {}

  async csv(actor: AuthUser, kind: ReportKind, scope: ReportScope): Promise<ExportFile[]> {
    const tables = await this.tables(actor, kind, scope, 'csv');
    const stem = `debrief-${scope.period.firstDay}-${scope.period.lastDay}`;
    return tables.map((t) => ({
      filename: `${stem}-${slug(t.name)}.csv`,
      contentType: 'text/csv',
      content: stringify(t.rows.map((r) => r.map(safeCell)), { header: true, columns: t.columns, cast: { boolean: (v) => String(v) } }),
    }));
  }

  async workbook(actor: AuthUser, scope: ReportScope): Promise<ExportFile> {
    const kinds = [ReportKind.Capacity, ReportKind.Demand, ReportKind.NoShows, ReportKind.Reach, ReportKind.Workshops, ReportKind.Outcomes];
    if (this.access.mayExportStudentRows(actor)) kinds.push(ReportKind.Students);
    const book = new Workbook();
    book.creator = 'Debrief';
    for (const kind of kinds) {
      for (const t of await this.tables(actor, kind, scope, 'xlsx')) {
        const sheet = book.addWorksheet(t.name.slice(0, 31));
        sheet.addRow(t.columns).font = { bold: true };
        for (const row of t.rows) sheet.addRow(row.map(safeCell));
        sheet.columns.forEach((c) => (c.width = 18));
      }
    }
    const buffer = await book.xlsx.writeBuffer();
    return {
      filename: `debrief-${scope.period.firstDay}-${scope.period.lastDay}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: Buffer.from(buffer).toString('base64'),
    };
  }

  private async tables(actor: AuthUser, kind: ReportKind, scope: ReportScope, format: string): Promise<ReportTable[]> {
    switch (kind) {
      case ReportKind.Capacity:
        return capacityTables(await this.reports.capacity(scope));
      case ReportKind.Demand:
        return demandTables(await this.reports.demand(scope));
      case ReportKind.NoShows:
        return noShowTables(await this.reports.noShows(scope));
      case ReportKind.Reach:
        return reachTables(await this.reports.reach(scope));
      case ReportKind.Workshops:
        return workshopTables(await this.reports.workshops(scope));
      case ReportKind.Outcomes:
        return outcomeTables(await this.reports.outcomes(scope));
      case ReportKind.Students: {
        if (!this.access.mayExportStudentRows(actor)) throw new ForbiddenError('Only career center staff can export rows naming students.');
        const { sql, params } = studentsSql(scope);
        const rows = await this.db.query<StudentRow>(sql, params);
        await this.audit(actor, kind, format, scope, rows.length);
        return studentTables(rows);
      }
    }
  }

  /** The audit row is written on the main database (a replica is read-only). */
  private async audit(actor: AuthUser, report: ReportKind, format: string, scope: ReportScope, rows: number): Promise<void> {
    await this.main.getRepository(ReportExportEntity).insert({
      actorId: actor.id,
      report,
      format,
      rows,
      scope: {
        firstDay: scope.period.firstDay,
        lastDay: scope.period.lastDay,
        coachIds: scope.coachIds ?? [],
        sessionTypeIds: scope.sessionTypeIds ?? [],
        majors: scope.majors ?? [],
        classYears: scope.classYears ?? [],
        studentKind: scope.studentKind,
      },
    });
  }
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
