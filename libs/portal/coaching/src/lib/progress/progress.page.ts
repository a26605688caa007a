import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { apiResource, errorMessage, formatShortDate, GraphqlClient, injectViewerZone, ProgressDocument, ProgressQuery } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { CHART, linePath, plot, yOf } from './chart';

type Series = ProgressQuery['progress']['series'][number];

interface RubricGroup {
  key: string;
  name: string;
  dates: { bookingId: string; at: string; label: string }[];
  series: (Series & { plotted: ReturnType<typeof plot>; coachPath: string; selfPath: string })[];
}

/**
 * Progress: per-criterion charts of coach scores (solid) and self-assessments (dashed, hollow)
 * over sessions, a table with the same numbers, plan items done vs due, journal confidence and
 * upcoming sessions, opened by a text summary for screen readers (the charts are images with
 * their own descriptions; the tables carry the data).
 */
@Component({
  selector: 'db-progress-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, PageHeaderComponent, PageStateComponent],
  templateUrl: './progress.page.html',
  styleUrl: './progress.page.scss',
})
export class ProgressPage {
  /** Dates are shown in the viewer's profile zone. */
  private readonly zone = injectViewerZone();
  private readonly api = inject(GraphqlClient);
  readonly studentId = input<string>();

  protected readonly data = apiResource({
    params: () => ({ studentId: this.studentId() ?? null }),
    loader: async ({ params }) => (await this.api.query(ProgressDocument, params)).progress,
  });
  protected readonly error = computed(() => errorMessage(this.data.error()));
  protected readonly chart = CHART;
  protected readonly ticks = [1, 2, 3, 4].map((v) => ({ v, y: yOf(v) }));

  protected readonly groups = computed<RubricGroup[]>(() => {
    const p = this.data.value();
    if (!p) return [];
    const byRubric = new Map<string, RubricGroup>();
    for (const s of p.series) {
      let g = byRubric.get(s.rubricKey);
      if (!g) {
        g = { key: s.rubricKey, name: s.rubricName, dates: [], series: [] };
        byRubric.set(s.rubricKey, g);
      }
      for (const pt of s.points) {
        if (!g.dates.some((d) => d.bookingId === pt.bookingId)) g.dates.push({ bookingId: pt.bookingId, at: pt.at, label: formatShortDate(pt.at, this.zone()) });
      }
    }
    for (const g of byRubric.values()) {
      g.dates.sort((a, b) => a.at.localeCompare(b.at));
      for (const s of p.series.filter((x) => x.rubricKey === g.key)) {
        const aligned = g.dates.map((d) => s.points.find((pt) => pt.bookingId === d.bookingId) ?? { at: d.at, bookingId: d.bookingId, coachScore: null, selfScore: null });
        const plotted = plot(aligned, (pt) => `${s.criterionName}, ${formatShortDate(pt.at, this.zone())}: coach ${pt.coachScore ?? 'none'}, self ${pt.selfScore ?? 'none'}`);
        g.series.push({ ...s, points: aligned, plotted, coachPath: linePath(plotted, 'coachY'), selfPath: linePath(plotted, 'selfY') });
      }
    }
    return [...byRubric.values()];
  });

  protected readonly heading = computed(() => (this.studentId() ? `Progress: ${this.data.value()?.studentName ?? ''}` : 'My progress'));

  protected describe(s: Series): string {
    const coach = s.points.filter((p) => p.coachScore != null).map((p) => p.coachScore);
    if (coach.length === 0) return `${s.criterionName}: no coach scores yet.`;
    return `${s.criterionName}: coach scores ${coach.join(', ')} out of 4, oldest first.`;
  }

  protected date(instant: string): string {
    return formatShortDate(instant, this.zone());
  }
}
