import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { InitialsAvatarComponent } from '@debrief/portal/ui';

export interface CoachOption {
  id: string;
  name: string;
  headline: string;
}

/** "Any coach" or one of the coaches offering the type; emits the coach's id, or 'any'. */
@Component({
  selector: 'db-coach-options',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, InitialsAvatarComponent],
  template: `
    <ul class="options">
      <li>
        <button mat-stroked-button type="button" class="option" (click)="chosen.emit('any')">
          <span class="text">
            <span class="name">Any coach</span>
            <span class="detail">The first free coach; you see who after booking</span>
          </span>
        </button>
      </li>
      @for (coach of coaches(); track coach.id) {
        <li>
          <button mat-stroked-button type="button" class="option" (click)="chosen.emit(coach.id)">
            <db-initials-avatar [name]="coach.name" [size]="36" />
            <span class="text">
              <span class="name">{{ coach.name }}</span>
              <span class="detail">{{ coach.headline }}</span>
            </span>
          </button>
        </li>
      }
    </ul>
  `,
  styles: `
    .options {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .option {
      width: 100%;
      height: auto;
      min-height: 64px;
      padding: 12px 16px;
      justify-content: flex-start;
      text-align: start;
    }
    .option ::ng-deep .mdc-button__label {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    .text {
      display: flex;
      flex-direction: column;
    }
    .name {
      display: block;
      font: var(--mat-sys-title-small);
    }
    .detail {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CoachOptionsComponent {
  readonly coaches = input.required<readonly CoachOption[]>();
  readonly chosen = output<string>();
}
