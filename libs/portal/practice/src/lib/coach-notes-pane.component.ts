import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { AuthStore, GraphqlClient, PracticeCoachPaneDocument, SavePracticeNotesDocument, toApiError } from '@debrief/portal/core';
import { LevelPickerComponent } from '@debrief/portal/coaching';
import { pendingStar, StarDraft, toSaveInput } from './coach-notes';

/** Quiet time after the last keystroke before the pane is saved. */
export const AUTOSAVE_MS = 800;

/**
 * The coach's private pane: the session type's rubric (a level 1–4 with its descriptor and a note
 * per criterion; on behavioural rubrics a STAR entry per answer, one started for each question
 * given), saved into the session's evaluation draft as the coach types. It goes over the coach's
 * own GraphQL requests only, never the room's shared socket.
 */
@Component({
  selector: 'db-coach-notes-pane',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, LevelPickerComponent],
  template: `
    <section class="db-surface panel private" aria-labelledby="private-heading">
      <h2 id="private-heading">My live notes (private)</h2>
      <p class="meta">Only you see these. They are saved into this session's evaluation draft as you type; nothing reaches the student until you share the evaluation after the session.</p>
      <p class="meta" role="status" aria-live="polite" data-testid="autosave">{{ status() }}</p>
      @if (pane.value(); as p) {
        @if (p.coachEvaluation?.status === 'SHARED') {
          <p>This evaluation has been shared; edit it from the evaluation page.</p>
        } @else {
          @if (p.rubricForBooking.starEntries) {
            <h3>STAR answers</h3>
            @for (e of stars(); track $index; let i = $index) {
              <div class="star" role="group" [attr.aria-label]="'Answer ' + (i + 1)">
                <label [for]="'live-star-q-' + i">Question</label>
                <input [id]="'live-star-q-' + i" [name]="'live-star-q-' + i" [(ngModel)]="e.question" (ngModelChange)="changed()" />
                <label [for]="'live-star-c-' + i">Competency</label>
                <input [id]="'live-star-c-' + i" [name]="'live-star-c-' + i" [(ngModel)]="e.competency" (ngModelChange)="changed()" />
                @for (part of parts; track part.key) {
                  <db-level-picker [label]="part.label" [descriptors]="starDescriptors()" [compact]="true" [value]="e[part.key]" (valueChange)="setStar(i, part.key, $event)" />
                }
                <label [for]="'live-star-n-' + i">Notes on this answer</label>
                <textarea [id]="'live-star-n-' + i" [name]="'live-star-n-' + i" rows="2" [(ngModel)]="e.notes" (ngModelChange)="changed()"></textarea>
                @if (!complete(e)) {
                  <p class="meta">Score all four parts to keep this answer in the draft.</p>
                }
              </div>
            }
            <button mat-stroked-button type="button" (click)="addStar()">Add an answer</button>
          }
          <h3>{{ p.rubricForBooking.starEntries ? 'Other criteria' : 'Rubric' }}</h3>
          @for (c of criteria(); track c.id) {
            <db-level-picker [label]="c.name" [hint]="c.looksFor" [descriptors]="c.descriptors" [value]="scores()[c.id] ?? null" (valueChange)="setScore(c.id, $event)" />
            <label [for]="'live-note-' + c.id">Note on {{ c.name }}</label>
            <input [id]="'live-note-' + c.id" [name]="'live-note-' + c.id" [(ngModel)]="notes[c.id]" (ngModelChange)="changed()" />
            @if (notes[c.id] && !scores()[c.id]) {
              <p class="meta">Pick a level to keep this note in the draft.</p>
            }
          }
          <label for="live-private">Private notes</label>
          <textarea id="live-private" name="livePrivate" rows="4" [(ngModel)]="privateNotes" (ngModelChange)="changed()"></textarea>
        }
      } @else if (pane.error()) {
        <p class="db-form-error" role="alert">The rubric could not be loaded.</p>
      }
    </section>
  `,
  styles: `
    .panel { padding: 16px; margin-bottom: 16px; border-left: 4px solid #6a1b9a; }
    h2 { margin: 0 0 8px; font-size: 1.125rem; }
    h3 { font-size: 1rem; margin: 12px 0 8px; }
    .meta { color: #4a4a4a; font-size: 0.875rem; }
    label { display: block; font-weight: 500; margin: 8px 0 2px; }
    input, textarea { font: inherit; padding: 6px; border: 1px solid #767676; border-radius: 4px; width: 100%; box-sizing: border-box; }
    .star { border: 1px solid #c4c4c4; border-radius: 8px; padding: 8px 12px; margin-bottom: 12px; }
  `,
})
export class CoachNotesPaneComponent {
  private readonly api = inject(GraphqlClient);
  private readonly auth = inject(AuthStore);
  readonly sessionId = input.required<string>();
  /** The questions given in the room, in order: each behavioural one starts a STAR entry. */
  readonly asked = input<readonly { text: string; topic: string }[]>([]);

  protected readonly parts = [
    { key: 'situation', label: 'Situation' },
    { key: 'task', label: 'Task' },
    { key: 'action', label: 'Action' },
    { key: 'result', label: 'Result' },
  ] as const;
  protected readonly pane = resource({
    params: () => ({ sessionId: this.sessionId() }),
    loader: async ({ params }) => this.api.query(PracticeCoachPaneDocument, params),
  });
  protected readonly criteria = computed(() => (this.pane.value()?.rubricForBooking.criteria ?? []).filter((c) => !c.starPart));
  protected readonly starDescriptors = computed(() => this.pane.value()?.rubricForBooking.criteria.find((c) => c.starPart)?.descriptors ?? ['1', '2', '3', '4']);
  protected readonly scores = signal<Record<string, number | null>>({});
  protected readonly stars = signal<StarDraft[]>([]);
  protected notes: Record<string, string> = {};
  protected privateNotes = '';
  protected readonly status = signal('');

  private loaded = false;
  private timer?: ReturnType<typeof setTimeout>;
  private saving: Promise<void> | null = null;
  private again = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      // Whatever was typed last is not lost when the coach leaves the room.
      if (this.timer) {
        clearTimeout(this.timer);
        void this.save();
      }
    });
    effect(() => {
      const p = this.pane.value();
      if (!p || this.loaded) return;
      this.loaded = true;
      const ev = p.coachEvaluation;
      this.scores.set(Object.fromEntries((ev?.scores ?? []).map((s) => [s.criterionId, s.score])));
      this.notes = Object.fromEntries((ev?.scores ?? []).map((s) => [s.criterionId, s.note]));
      this.privateNotes = ev?.privateNotes ?? '';
      this.stars.set((ev?.starEntries ?? []).map((e) => ({ ...e })));
    });
    // Each question given in a behavioural room starts its STAR entry.
    effect(() => {
      const p = this.pane.value();
      const asked = this.asked();
      if (!p?.rubricForBooking.starEntries) return;
      const have = new Set(this.stars().map((s) => s.question));
      const added = asked.filter((q) => !have.has(q.text)).map((q) => pendingStar(q.text, q.topic));
      if (added.length) this.stars.update((s) => [...s, ...added]);
    });
  }

  protected complete(e: StarDraft): boolean {
    return [e.situation, e.task, e.action, e.result].every((v) => v !== null);
  }

  protected setScore(criterionId: string, value: number | null): void {
    this.scores.update((s) => ({ ...s, [criterionId]: value }));
    this.changed();
  }

  protected setStar(i: number, part: 'situation' | 'task' | 'action' | 'result', value: number | null): void {
    this.stars.update((s) => s.map((e, j) => (j === i ? { ...e, [part]: value } : e)));
    this.changed();
  }

  protected addStar(): void {
    this.stars.update((s) => [...s, pendingStar('', '')]);
  }

  /** Every edit (re)starts the quiet timer; one save runs at a time and the last state wins. */
  protected changed(): void {
    this.status.set('Unsaved changes…');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, AUTOSAVE_MS);
  }

  private async save(): Promise<void> {
    if (this.saving) {
      this.again = true;
      return this.saving;
    }
    this.saving = (async () => {
      this.status.set('Saving…');
      try {
        const input = toSaveInput(this.sessionId(), this.scores(), this.notes, this.stars(), this.privateNotes);
        const saved = (await this.api.mutate(SavePracticeNotesDocument, { input })).savePracticeNotes;
        const at = new Date(saved.savedAt).toLocaleTimeString(undefined, { timeZone: this.auth.user()?.timeZone, timeStyle: 'short' });
        this.status.set(`Saved to the evaluation draft at ${at}.`);
      } catch (error) {
        this.status.set(`Not saved: ${toApiError(error).message}`);
      } finally {
        this.saving = null;
      }
    })();
    await this.saving;
    if (this.again) {
      this.again = false;
      await this.save();
    }
  }
}
