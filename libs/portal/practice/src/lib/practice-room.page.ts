import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { AdvancePracticeClockDocument, apiResource, AskPracticeQuestionDocument, AuthStore, errorMessage, GraphqlClient, PracticeLanguage, PracticeRoomDocument, SetPracticeLanguageDocument, SetPracticeRecordingDocument, toApiError } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { Permission } from '@debrief/shared/domain';
import { isRunnable, runCode } from './code-runner';
import { ChecklistEditorComponent } from './checklist-editor.component';
import { CoachNotesPaneComponent } from './coach-notes-pane.component';
import { CollabEditorComponent } from './collab-editor.component';
import { PickedQuestion, QuestionPickerComponent } from './question-picker.component';
import { countdown, nextAction, PHASE_LABELS, phaseWarning } from './room-clock';
import { RoomConnection, RoomDoc } from './room-connection';
import { SelfReviewComponent } from './self-review.component';
import { publishRun, SharedRun, watchRuns } from './shared-run';

const LANGUAGE_OPTIONS: { value: PracticeLanguage; label: string }[] = [
  { value: 'JAVASCRIPT', label: 'JavaScript' },
  { value: 'TYPESCRIPT', label: 'TypeScript' },
  { value: 'PYTHON', label: 'Python' },
  { value: 'JAVA', label: 'Java' },
  { value: 'CPP', label: 'C++' },
  { value: 'GO', label: 'Go' },
  { value: 'SQL', label: 'SQL' },
  { value: 'PLAIN_TEXT', label: 'Plain text' },
];

/** The practice room of one session: the clock, the question, the shared pads, the coach's notes. */
@Component({
  selector: 'db-practice-room-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, RouterLink, PageHeaderComponent, PageStateComponent, CollabEditorComponent, CoachNotesPaneComponent, QuestionPickerComponent, SelfReviewComponent, ChecklistEditorComponent],
  templateUrl: './practice-room.page.html',
  styleUrl: './practice-room.page.scss',
})
export class PracticeRoomPage {
  private readonly api = inject(GraphqlClient);
  private readonly auth = inject(AuthStore);
  readonly sessionId = input.required<string>();

  protected readonly languages = LANGUAGE_OPTIONS;
  protected readonly canEditChecklist = this.auth.can(Permission.SessionTypesManage);
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly room = apiResource({
    params: () => ({ sessionId: this.sessionId() }),
    loader: async ({ params }) => (await this.api.query(PracticeRoomDocument, params)).practiceRoom,
  });
  protected readonly loadError = computed(() => errorMessage(this.room.error()));
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly code = signal<RoomDoc | null>(null);
  protected readonly notes = signal<RoomDoc | null>(null);
  private connection?: RoomConnection;

  /** Server time, ticking: the offset is taken from the last read of the room. */
  private readonly offset = signal(0);
  protected readonly now = signal(Date.now());
  protected readonly msLeft = computed(() => {
    const ends = this.room.hasValue() ? this.room.value().clock.phaseEndsAt : null;
    return ends ? new Date(ends).getTime() - (this.now() + this.offset()) : null;
  });
  protected readonly remaining = computed(() => (this.msLeft() === null ? '' : countdown(this.msLeft() as number)));
  protected readonly warning = computed(() => (this.room.hasValue() ? phaseWarning(this.room.value().clock.phase, this.msLeft()) : null));
  protected readonly next = computed(() => (this.room.hasValue() ? nextAction(this.room.value().clock.phase) : null));
  protected readonly notYetOpen = computed(() => this.room.hasValue() && this.now() + this.offset() < new Date(this.room.value().opensAt).getTime());
  protected readonly latestQuestion = computed(() => (this.room.hasValue() ? (this.room.value().questions.at(-1) ?? null) : null));

  protected questionText = '';
  protected questionTopic = '';
  protected recordingUrl = '';
  protected readonly isRunnable = isRunnable;
  /** The room's last run, whoever ran it (shared through the code document). */
  protected readonly run = signal<SharedRun | null>(null);
  protected readonly running = signal(false);

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(timer);
      this.connection?.destroy();
    });
    effect(() => {
      if (!this.room.hasValue()) return;
      const room = this.room.value();
      this.offset.set(new Date(room.serverNow).getTime() - Date.now());
      if (room.live && !this.connection) this.connect(room.live);
    });
  }

  protected when(iso: string): string {
    return new Date(iso).toLocaleString(undefined, { timeZone: this.auth.user()?.timeZone, dateStyle: 'medium', timeStyle: 'short' });
  }

  protected async advance(): Promise<void> {
    const room = this.room.value();
    if (room) await this.act(() => this.api.mutate(AdvancePracticeClockDocument, { input: { sessionId: room.sessionId, from: room.clock.phase } }));
  }

  protected async ask(): Promise<void> {
    const text = this.questionText.trim();
    if (!text) return this.actionError.set('Type the question first.');
    await this.act(() => this.api.mutate(AskPracticeQuestionDocument, { input: { sessionId: this.sessionId(), text, topic: this.questionTopic.trim() || null } }));
    this.questionText = '';
    this.questionTopic = '';
  }

  protected async give(q: PickedQuestion): Promise<void> {
    await this.act(() => this.api.mutate(AskPracticeQuestionDocument, { input: { sessionId: this.sessionId(), text: q.text, topic: q.topic || null, company: q.company || null } }));
  }

  protected async setLanguage(language: PracticeLanguage): Promise<void> {
    await this.act(() => this.api.mutate(SetPracticeLanguageDocument, { input: { sessionId: this.sessionId(), language } }));
  }

  protected async saveRecording(): Promise<void> {
    await this.act(() => this.api.mutate(SetPracticeRecordingDocument, { input: { sessionId: this.sessionId(), url: this.recordingUrl.trim() || null } }));
  }

  protected async runCode(): Promise<void> {
    const code = this.code();
    const room = this.room.value();
    if (!code || !room || this.running() || !isRunnable(room.language)) return;
    this.running.set(true);
    try {
      const result = await runCode(room.language, code.text.toString());
      const run = { ...result, by: this.auth.user()?.name ?? 'Someone', language: room.language, at: Date.now() };
      this.run.set(run);
      // Into the shared document: the other person sees this run's output too.
      if (!room.live?.readOnly) publishRun(code.doc, run);
    } finally {
      this.running.set(false);
    }
  }

  private connect(live: { websocketPath: string; documents: { code: string; notes: string; signal: string } }): void {
    const me = this.auth.user();
    this.connection = new RoomConnection(live.websocketPath, { id: me?.id ?? 'me', name: me?.name ?? 'Me' });
    const code = this.connection.open(live.documents.code);
    this.code.set(code);
    watchRuns(code.doc, (run) => this.run.set(run));
    this.notes.set(this.connection.open(live.documents.notes));
    // The server writes the signal document whenever the clock, the questions or the settings change.
    const signalDoc = this.connection.open(live.documents.signal);
    signalDoc.doc.getMap('room').observe(() => this.room.reload());
  }

  private async act(work: () => Promise<unknown>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      await work();
    } catch (error) {
      this.actionError.set(toApiError(error).message);
    } finally {
      this.busy.set(false);
      this.room.reload();
    }
  }
}
