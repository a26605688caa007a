import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { BookableSessionTypeFragment } from '@debrief/portal/core';
import { SPECIALTY_LABELS } from '@debrief/shared/domain';
import { durationText, LOCATION_KIND_LABELS } from '../shared/labels';

/** A session type to choose: what it is, how long, where, and a button to pick it. */
@Component({
  selector: 'db-session-type-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @let t = type();
    <article class="db-surface card">
      <h3 class="name">{{ t.name }}</h3>
      <ul class="facts">
        <li>{{ category() }}</li>
        <li>{{ duration() }}</li>
        <li>{{ location() }}</li>
      </ul>
      <p class="description">{{ t.description }}</p>
      <button mat-flat-button type="button" (click)="chosen.emit(t.id)">
        Choose<span class="cdk-visually-hidden"> {{ t.name }}</span>
      </button>
    </article>
  `,
  styles: `
    :host {
      display: block;
      height: 100%;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 8px;
      height: 100%;
      box-sizing: border-box;
      padding: 20px;
    }
    .name {
      font: var(--mat-sys-title-large);
      margin: 0;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0;
      padding: 0;
      list-style: none;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .description {
      flex: 1;
      margin: 0;
    }
    button {
      align-self: flex-start;
    }
  `,
})
export class SessionTypeCardComponent {
  readonly type = input.required<BookableSessionTypeFragment>();
  readonly chosen = output<string>();

  protected readonly category = computed(() => SPECIALTY_LABELS[this.type().category]);
  protected readonly duration = computed(() => durationText(this.type().durationMinutes, this.type().interviewMinutes));
  protected readonly location = computed(() => {
    const t = this.type();
    return t.locationKind === 'ROOM' && t.room ? `${LOCATION_KIND_LABELS.ROOM}: ${t.room}` : LOCATION_KIND_LABELS[t.locationKind];
  });
}
