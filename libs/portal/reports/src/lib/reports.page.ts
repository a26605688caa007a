import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { errorMessage, GraphqlClient, ReportCsvDocument, ReportInput, ReportKind, ReportsOverviewDocument, ReportStudentKind, ReportWorkbookDocument } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { NgxEchartsDirective } from 'ngx-echarts';
import { barOption, heatmapOption, percent, scoresOption, utilizationByCoach, WEEKDAYS } from './report-charts';

interface ReportFile {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * The center's reporting area: one period (default this term) with its comparison, filters, and
 * each report as a chart with its data as a table beside it and a one-sentence summary; CSV per
 * report, the period as one workbook, and a printable view. Staff see the center, a coach their own work.
 */
@Component({
  selector: 'db-reports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, NgxEchartsDirective, PageHeaderComponent, PageStateComponent],
  templateUrl: './reports.page.html',
  styleUrl: './reports.page.scss',
})
export class ReportsPage {
  private readonly api = inject(GraphqlClient);
  protected from = '';
  protected to = '';
  protected studentKind: ReportStudentKind = 'ALL';
  private readonly input = signal<ReportInput>({});
  protected readonly exporting = signal(false);
  protected readonly exportError = signal<string | null>(null);

  protected readonly data = resource({
    params: () => this.input(),
    loader: async ({ params }) => this.api.query(ReportsOverviewDocument, { input: params }),
  });
  protected readonly error = computed(() => errorMessage(this.data.error()));

  protected readonly percent = percent;
  protected readonly weekdays = WEEKDAYS;
  protected readonly coaches = computed(() => utilizationByCoach(this.data.value()?.capacityReport.weeks ?? []));
  protected readonly utilizationChart = computed(() => barOption(this.coaches().map((c) => ({ label: c.coachName, value: c.utilization ?? 0 })), 'Utilization', true));
  protected readonly heatmapChart = computed(() => heatmapOption(this.data.value()?.capacityReport.unfilled ?? []));
  protected readonly noShowTypes = computed(() => (this.data.value()?.noShowReport.rows ?? []).filter((r) => r.dimension === 'SESSION_TYPE'));
  protected readonly noShowOthers = computed(() => (this.data.value()?.noShowReport.rows ?? []).filter((r) => r.dimension !== 'SESSION_TYPE'));
  protected readonly noShowChart = computed(() => barOption(this.noShowTypes().map((r) => ({ label: r.label, value: r.rate ?? 0 })), 'No-show rate', true));
  protected readonly reachChart = computed(() => barOption((this.data.value()?.reachReport.byClassYear ?? []).map((r) => ({ label: r.label, value: r.students })), 'Students'));
  protected readonly workshopChart = computed(() =>
    barOption((this.data.value()?.workshopsReport.workshops ?? []).slice(0, 20).map((w) => ({ label: w.title, value: w.fillRate ?? 0 })), 'Fill rate', true),
  );
  protected readonly scoresChart = computed(() => scoresOption(this.data.value()?.outcomesReport.criteria ?? []));

  protected apply(): void {
    this.input.set({ from: this.from || null, to: this.to || null, studentKind: this.studentKind });
  }

  protected print(): void {
    window.print();
  }

  protected async csv(report: ReportKind): Promise<void> {
    await this.export(async () => (await this.api.query(ReportCsvDocument, { report, input: this.input() })).reportCsv);
  }

  protected async workbook(): Promise<void> {
    await this.export(async () => [(await this.api.query(ReportWorkbookDocument, { input: this.input() })).reportWorkbook]);
  }

  private async export(load: () => Promise<ReportFile[]>): Promise<void> {
    this.exporting.set(true);
    this.exportError.set(null);
    try {
      for (const file of await load()) download(file);
    } catch (error) {
      this.exportError.set(errorMessage(error));
    } finally {
      this.exporting.set(false);
    }
  }
}

function download(file: ReportFile): void {
  const body = file.contentType === 'text/csv' ? file.content : Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([body], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
