import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { AddPlanItemsFromEvaluationDocument, apiResource, CoachEvaluationDetailsFragment, CreateEvaluationDocument, errorMessage, EvaluationFormDocument, formatShortDate, GraphqlClient, injectViewerZone, RubricDetailsFragment, ShareEvaluationDocument, UpdateEvaluationDocument, WhenPipe } from '@debrief/portal/core';
import { RECOMMENDATION_LABELS } from '@debrief/shared/domain';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { LevelPickerComponent } from '../shared/level-picker.component';
import { SessionWorkComponent } from '../shared/session-work.component';

interface StarDraft {
  question: string;
  competency: string;
  situation: number | null;
  task: number | null;
  action: number | null;
  result: number | null;
  notes: string;
}

const COMPETENCIES = ['teamwork', 'conflict', 'leadership', 'failure and learning', 'adaptability', 'ownership', 'communication'];
const emptyStar = (): StarDraft => ({ question: '', competency: '', situation: null, task: null, action: null, result: null, notes: '' });

/**
 * The coach's evaluation form, built for the 15–20 minute feedback part: one page, the rubric's
 * descriptors beside every level, radio groups (arrow keys) and plain text areas, Save draft and
 * Share. Once shared, each area for improvement can become a plan item in one click.
 */
@Component({
  selector: 'db-evaluation-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [WhenPipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, LevelPickerComponent, PageHeaderComponent, PageStateComponent, SessionWorkComponent],
  templateUrl: './evaluation-form.page.html',
  styleUrl: './evaluation-form.page.scss',
})
export class EvaluationFormPage {
  /** Dates are shown in the viewer's profile zone. */
  private readonly zone = injectViewerZone();
  private readonly api = inject(GraphqlClient);
  readonly bookingId = input.required<string>();

  protected readonly data = apiResource({
    params: () => ({ bookingId: this.bookingId() }),
    loader: async ({ params }) => this.api.query(EvaluationFormDocument, params),
  });
  protected readonly loadError = computed(() => errorMessage(this.data.error()));
  protected readonly rubric = computed<RubricDetailsFragment | null>(() => this.data.value()?.coachEvaluation?.rubric ?? this.data.value()?.rubricForBooking ?? null);
  protected readonly evaluation = signal<CoachEvaluationDetailsFragment | null>(null);
  protected readonly heading = computed(() => {
    const b = this.data.value()?.booking;
    return b ? `Feedback for ${b.student.name}` : 'Feedback';
  });
  protected readonly subtitle = computed(() => {
    const b = this.data.value()?.booking;
    return b ? `${b.sessionTypeName}, ${formatShortDate(b.startsAt, this.zone())}` : '';
  });
  protected readonly scoredCriteria = computed(() => {
    const r = this.rubric();
    return r ? r.criteria.filter((c) => !(r.starEntries && c.starPart)) : [];
  });
  protected readonly starDescriptors = computed(() => this.rubric()?.criteria.find((c) => c.starPart)?.descriptors ?? []);
  protected readonly recommendationLevels = [1, 2, 3, 4].map((n) => RECOMMENDATION_LABELS[n]);
  protected readonly competencies = COMPETENCIES;

  // The form (plain fields bound with ngModel; signals where the template branches on them).
  protected readonly scores = signal<Record<string, number | null>>({});
  protected readonly notes: Record<string, string> = {};
  protected readonly stars = signal<StarDraft[]>([]);
  protected recommendation: number | null = null;
  protected strengths = '';
  protected areas = '';
  protected questions = '';
  protected privateNotes = '';

  protected readonly saving = signal(false);
  protected readonly message = signal('');
  protected readonly formError = signal('');
  protected readonly planMessage = signal('');
  protected readonly addedAreas = signal<number[]>([]);

  constructor() {
    effect(() => {
      const value = this.data.value();
      if (!value) return;
      this.fill(value.coachEvaluation ?? null, value.rubricForBooking);
    });
  }

  private fill(ev: CoachEvaluationDetailsFragment | null, rubric: RubricDetailsFragment): void {
    this.evaluation.set(ev);
    if (!ev) {
      if (rubric.starEntries && this.stars().length === 0) this.stars.set([emptyStar()]);
      return;
    }
    this.scores.set(Object.fromEntries(ev.scores.map((s) => [s.criterionId, s.score])));
    for (const s of ev.scores) this.notes[s.criterionId] = s.note;
    this.stars.set(ev.starEntries.map((e) => ({ question: e.question, competency: e.competency, situation: e.situation, task: e.task, action: e.action, result: e.result, notes: e.notes })));
    this.recommendation = ev.recommendation ?? null;
    this.strengths = ev.strengths;
    this.areas = ev.areasForImprovement.join('\n');
    this.questions = ev.questions.map((q) => [q.text, q.topic, q.company].filter((x, i) => i === 0 || x).join(' | ')).join('\n');
    this.privateNotes = ev.privateNotes ?? '';
  }

  protected setScore(criterionId: string, value: number | null): void {
    this.scores.update((s) => ({ ...s, [criterionId]: value }));
  }

  protected addStar(): void {
    this.stars.update((list) => [...list, emptyStar()]);
    // Focus the new answer's question field once rendered.
    setTimeout(() => document.getElementById(`star-q-${this.stars().length - 1}`)?.focus());
  }

  protected removeStar(index: number): void {
    this.stars.update((list) => list.filter((_, i) => i !== index));
  }

  protected setStar(index: number, part: 'situation' | 'task' | 'action' | 'result', value: number | null): void {
    this.stars.update((list) => list.map((e, i) => (i === index ? { ...e, [part]: value } : e)));
  }

  private content() {
    const stars = this.stars().filter((e) => e.question.trim());
    const incomplete = stars.findIndex((e) => [e.situation, e.task, e.action, e.result].some((v) => v == null));
    if (incomplete >= 0) throw new Error(`Answer ${incomplete + 1}: score Situation, Task, Action and Result.`);
    return {
      scores: this.scoredCriteria()
        .filter((c) => this.scores()[c.id] != null)
        .map((c) => ({ criterionId: c.id, score: this.scores()[c.id] as number, note: this.notes[c.id] ?? '' })),
      starEntries: stars.map((e) => ({
        question: e.question.trim(),
        competency: e.competency.trim(),
        situation: e.situation as number,
        task: e.task as number,
        action: e.action as number,
        result: e.result as number,
        notes: e.notes,
      })),
      strengths: this.strengths,
      areasForImprovement: this.areas.split('\n').map((a) => a.trim()).filter(Boolean),
      questions: this.questions
        .split('\n')
        .map((line) => line.split('|').map((p) => p.trim()))
        .filter(([text]) => !!text)
        .map(([text, topic, company]) => ({ text, topic: topic ?? '', company: company ?? '' })),
      recommendation: this.recommendation,
      privateNotes: this.privateNotes,
    };
  }

  protected async save(share: boolean): Promise<void> {
    this.formError.set('');
    this.message.set('');
    let content;
    try {
      content = this.content();
    } catch (e) {
      this.formError.set((e as Error).message);
      return;
    }
    this.saving.set(true);
    try {
      const current = this.evaluation();
      let saved = current
        ? (await this.api.mutate(UpdateEvaluationDocument, { input: { evaluationId: current.id, ...content } })).updateEvaluation
        : (await this.api.mutate(CreateEvaluationDocument, { input: { bookingId: this.bookingId(), ...content } })).createEvaluation;
      if (share && saved.status !== 'SHARED') saved = (await this.api.mutate(ShareEvaluationDocument, { id: saved.id })).shareEvaluation;
      this.evaluation.set(saved);
      this.message.set(saved.status === 'SHARED' ? (share ? 'Shared. The student has been notified.' : 'Saved. The student sees the new version.') : 'Draft saved. The student cannot see it yet.');
    } catch (e) {
      this.formError.set(errorMessage(e) ?? 'Could not save.');
    } finally {
      this.saving.set(false);
    }
  }

  protected async addToPlan(index: number): Promise<void> {
    const ev = this.evaluation();
    if (!ev) return;
    this.planMessage.set('');
    try {
      const plan = (await this.api.mutate(AddPlanItemsFromEvaluationDocument, { input: { evaluationId: ev.id, areas: [index] } })).addPlanItemsFromEvaluation;
      this.addedAreas.update((a) => [...a, index]);
      this.planMessage.set(`Added “${ev.areasForImprovement[index]}” to ${plan.title}.`);
    } catch (e) {
      this.planMessage.set(errorMessage(e) ?? 'Could not add it to the plan.');
    }
  }
}
