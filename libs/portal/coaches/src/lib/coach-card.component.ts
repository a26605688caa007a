import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { CoachCardFragment } from '@debrief/portal/core';
import { InitialsAvatarComponent } from '@debrief/portal/ui';
import { SPECIALTY_LABELS } from '@debrief/shared/domain';
import { formatLocalTime } from './local-time';

/** One coach in the directory; the name links to the full profile. */
@Component({
  selector: 'db-coach-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, RouterLink, InitialsAvatarComponent],
  template: `
    <mat-card appearance="outlined">
      <div class="head">
        <db-initials-avatar [name]="coach().name" />
        <div>
          <h2 class="name">
            <a [routerLink]="['/coaches', coach().id]">{{ coach().name }}</a>
          </h2>
          @if (coach().pronouns) {
            <p class="pronouns">{{ coach().pronouns }}</p>
          }
          <p class="headline">{{ coach().headline }}</p>
        </div>
      </div>
      <ul class="db-chips" aria-label="Specialties">
        @for (specialty of coach().specialties; track specialty) {
          <li>{{ labels[specialty] }}</li>
        }
      </ul>
      <p class="bio">{{ coach().bio }}</p>
      <p class="time">
        {{ coach().timeZone }}
        @if (localTime()) {
          · {{ localTime() }} there now
        }
      </p>
    </mat-card>
  `,
  styleUrl: './coach-card.component.scss',
})
export class CoachCardComponent {
  readonly coach = input.required<CoachCardFragment>();
  readonly now = input.required<Date>();

  protected readonly labels = SPECIALTY_LABELS;
  protected readonly localTime = computed(() => formatLocalTime(this.now(), this.coach().timeZone));
}
