import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AddJournalEntryDocument, errorMessage, GraphqlClient, injectViewerZone, isoDateIn, StarPracticeSetupDocument } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import type { Part, StarAnalysis, StarCriterion, StarFeedback } from '@debrief/shared/star-analysis';
import { journalSummary, readClock } from './answer-clock';

const PART_NAMES: Record<Part, string> = { S: 'Situation', T: 'Task', A: 'Action', R: 'Result' };
const OWN_QUESTION = 'own';

/**
 * Practise a behavioral answer alone, at any hour: pick a question from the center's bank (or type
 * one), answer against the clock, and read a STAR check in the center's own rubric words. The
 * analysis (wink-nlp and its model, ~3.5 MB) is loaded only when the student asks for it, and runs
 * in the browser: the answer is not sent anywhere unless the student saves it to the journal.
 */
@Component({
  selector: 'db-answer-practice-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, PageHeaderComponent, PageStateComponent],
  templateUrl: './answer-practice.page.html',
  styleUrl: './answer-practice.page.scss',
})
export class AnswerPracticePage {
  private readonly api = inject(GraphqlClient);
  private readonly zone = injectViewerZone();
  protected readonly setup = resource({ loader: async () => this.api.query(StarPracticeSetupDocument, {}) });
  protected readonly setupError = computed(() => errorMessage(this.setup.error()));
  protected readonly questions = computed(() => this.setup.value()?.questionBank.questions ?? []);
  /** The center's STAR rubric: the criteria that carry a STAR part, with their level descriptors. */
  private readonly rubric = computed<StarCriterion[]>(() => {
    const rubrics = this.setup.value()?.rubrics ?? [];
    const star = rubrics.find((r) => r.current.criteria.some((c) => c.starPart));
    return (star?.current.criteria ?? [])
      .filter((c) => c.starPart && c.descriptors.length === 4)
      .map((c) => ({ part: c.starPart as Part, name: c.name, descriptors: c.descriptors as [string, string, string, string] }));
  });

  protected readonly limits = [60, 90, 120, 180];
  protected questionId = signal<string>(OWN_QUESTION);
  protected ownQuestion = signal('');
  protected limitSeconds = signal(120);
  protected answer = signal('');
  /** Seconds the clock ran for the last answer; the speaking time when the student answered aloud. */
  protected clockSeconds = signal<number | null>(null);
  protected spokeAloud = signal(false);
  protected confidence = signal(3);
  protected readonly ownQuestionValue = OWN_QUESTION;

  protected readonly question = computed(() => {
    const id = this.questionId();
    return id === OWN_QUESTION ? this.ownQuestion().trim() : (this.questions().find((q) => q.id === id)?.text ?? '');
  });

  // The clock: started by the student, ticking once a second, announcing the moments that matter.
  private startedAt = signal<number | null>(null);
  private now = signal(Date.now());
  private timer: ReturnType<typeof setInterval> | undefined;
  protected readonly clock = computed(() => {
    const started = this.startedAt();
    return started === null ? null : readClock(this.limitSeconds(), (this.now() - started) / 1000);
  });
  protected readonly announcement = signal('');

  protected readonly analysing = signal(false);
  protected readonly analysis = signal<StarAnalysis | null>(null);
  protected readonly feedback = signal<StarFeedback | null>(null);
  protected readonly formError = signal('');
  protected readonly saved = signal('');

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopClock());
  }

  protected partName(part: Part | null): string {
    return part === null ? 'Not part of the story' : (this.rubric().find((c) => c.part === part)?.name ?? PART_NAMES[part]);
  }

  protected startClock(): void {
    this.stopClock();
    this.clockSeconds.set(null);
    this.startedAt.set(Date.now());
    this.now.set(Date.now());
    this.announcement.set(`The clock has started: ${Math.round(this.limitSeconds() / 60 * 10) / 10} minutes.`);
    this.timer = setInterval(() => {
      this.now.set(Date.now());
      const said = this.clock()?.announcement;
      if (said) this.announcement.set(said);
    }, 1000);
  }

  protected stopClock(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    const started = this.startedAt();
    if (started !== null) this.clockSeconds.set(Math.round((Date.now() - started) / 1000));
    this.startedAt.set(null);
  }

  protected async analyse(): Promise<void> {
    this.formError.set('');
    this.saved.set('');
    if (this.answer().trim().split(/\s+/).length < 5) {
      this.formError.set('Write or paste your answer first: a few sentences at least.');
      return;
    }
    this.analysing.set(true);
    try {
      const { analyseStarAnswer, starFeedback } = await import('@debrief/shared/star-analysis');
      if (this.startedAt() !== null) this.stopClock();
      const spoken = this.spokeAloud() ? this.clockSeconds() : null;
      const analysis = analyseStarAnswer(this.answer(), { limitSeconds: this.limitSeconds(), ...(spoken ? { spokenSeconds: spoken } : {}) });
      this.analysis.set(analysis);
      this.feedback.set(starFeedback(analysis, this.rubric()));
    } catch {
      this.formError.set('The analysis could not be loaded. Check your connection and try again.');
    } finally {
      this.analysing.set(false);
    }
  }

  protected async saveToJournal(): Promise<void> {
    const analysis = this.analysis();
    const feedback = this.feedback();
    if (!analysis || !feedback) return;
    this.formError.set('');
    const topic = this.questions().find((q) => q.id === this.questionId())?.topic;
    try {
      await this.api.mutate(AddJournalEntryDocument, {
        input: {
          practisedOn: isoDateIn(Date.now(), this.zone()),
          practised: journalSummary(feedback.parts, analysis.words, analysis.speakingSeconds),
          questionsMet: this.question(),
          confidence: [{ topic: topic || 'Behavioral answers', level: this.confidence() }],
        },
      });
      this.saved.set('Saved to your journal. Your coach sees it before your next session.');
    } catch (error) {
      this.formError.set(errorMessage(error) ?? 'The entry could not be saved.');
    }
  }
}
