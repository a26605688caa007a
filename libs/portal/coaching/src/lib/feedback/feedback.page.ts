import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { apiResource, errorMessage, formatShortDate, GraphqlClient, injectViewerZone, MyFeedbackDocument, SelfAssessmentFormDocument, StudentEvaluationDocument, StudentEvaluationQuery, SubmitSelfAssessmentDocument } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { gapText, recommendationLabel } from '../shared/labels';
import { LevelPickerComponent } from '../shared/level-picker.component';
import { SessionWorkComponent } from '../shared/session-work.component';

type Evaluation = NonNullable<StudentEvaluationQuery['studentEvaluation']>;

/**
 * One session's feedback for its student: the self-assessment comes first (it closes once the
 * evaluation has been opened), then the coach's evaluation beside it with the gaps highlighted.
 * The evaluation is only fetched when the student chooses to read it.
 */
@Component({
  selector: 'db-feedback-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, LevelPickerComponent, PageHeaderComponent, PageStateComponent, SessionWorkComponent],
  templateUrl: './feedback.page.html',
  styleUrl: './feedback.page.scss',
})
export class FeedbackPage {
  /** Dates are shown in the viewer's profile zone. */
  private readonly zone = injectViewerZone();
  private readonly api = inject(GraphqlClient);
  readonly bookingId = input.required<string>();

  protected readonly data = apiResource({
    params: () => ({ bookingId: this.bookingId() }),
    loader: async ({ params }) => {
      const [form, list] = await Promise.all([this.api.query(SelfAssessmentFormDocument, params), this.api.query(MyFeedbackDocument)]);
      return { ...form, item: list.myFeedback.find((f) => f.bookingId === params.bookingId) ?? null };
    },
  });
  protected readonly loadError = computed(() => errorMessage(this.data.error()) ?? (this.data.value() && !this.data.value()?.item ? 'This session has no feedback.' : null));
  protected readonly heading = computed(() => {
    const item = this.data.value()?.item;
    return item ? `Feedback: ${item.sessionTypeName}` : 'Feedback';
  });
  protected readonly subtitle = computed(() => {
    const item = this.data.value()?.item;
    return item ? `With ${item.coachName}, ${formatShortDate(item.startsAt, this.zone())}` : '';
  });

  protected readonly selfScores = signal<Record<string, number | null>>({});
  protected selfNotes = '';
  protected readonly submitting = signal(false);
  protected readonly formError = signal('');
  protected readonly justAssessed = signal(false);

  protected readonly evaluation = signal<Evaluation | null>(null);
  protected readonly evaluationError = signal('');
  protected readonly opening = signal(false);

  /** What to show: the self-assessment form, a wait note, or the evaluation. */
  protected readonly stage = computed<'self' | 'waiting' | 'ready' | 'evaluation'>(() => {
    if (this.evaluation()) return 'evaluation';
    const v = this.data.value();
    if (!v?.item) return 'waiting';
    const assessed = !!v.selfAssessment || this.justAssessed();
    if (v.item.seen) return 'ready';
    if (!assessed) return 'self';
    return v.item.evaluationShared ? 'ready' : 'waiting';
  });

  protected setSelf(criterionId: string, value: number | null): void {
    this.selfScores.update((s) => ({ ...s, [criterionId]: value }));
  }

  protected async submitSelf(): Promise<void> {
    const rubric = this.data.value()?.rubricForBooking;
    if (!rubric) return;
    const missing = rubric.criteria.filter((c) => this.selfScores()[c.id] == null);
    if (missing.length) {
      this.formError.set(`Rate yourself on every criterion (missing: ${missing.map((c) => c.name).join(', ')}).`);
      return;
    }
    this.submitting.set(true);
    this.formError.set('');
    try {
      await this.api.mutate(SubmitSelfAssessmentDocument, {
        input: { bookingId: this.bookingId(), notes: this.selfNotes, scores: rubric.criteria.map((c) => ({ criterionId: c.id, score: this.selfScores()[c.id] as number, note: '' })) },
      });
      this.justAssessed.set(true);
      if (this.data.value()?.item?.evaluationShared) await this.open();
    } catch (e) {
      this.formError.set(errorMessage(e) ?? 'Could not save your self-assessment.');
    } finally {
      this.submitting.set(false);
    }
  }

  protected async open(): Promise<void> {
    this.opening.set(true);
    this.evaluationError.set('');
    try {
      const ev = (await this.api.query(StudentEvaluationDocument, { bookingId: this.bookingId() })).studentEvaluation;
      if (ev) {
        this.evaluation.set(ev);
        setTimeout(() => document.getElementById('evaluation-heading')?.focus());
      } else this.evaluationError.set('Your coach has not shared this evaluation yet.');
    } catch (e) {
      this.evaluationError.set(errorMessage(e) ?? 'Could not open the evaluation.');
    } finally {
      this.opening.set(false);
    }
  }

  protected criterionName(ev: Evaluation, id: string): string {
    return ev.rubric.criteria.find((c) => c.id === id)?.name ?? '';
  }
  protected gap(g: number | null | undefined): string {
    return gapText(g);
  }
  protected big(g: number | null | undefined): boolean {
    return g != null && Math.abs(g) >= 1;
  }
  protected recommendation(v: number | null | undefined): string {
    return recommendationLabel(v);
  }
}
