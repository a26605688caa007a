import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

export type Outcome = 'COMPLETED' | 'NO_SHOW';

export interface MarkOutcomeData {
  outcome: Outcome;
  studentName: string;
  sessionName: string;
  when: string;
}

/** Asks before a session is closed as completed or as a no-show; closes with true to go ahead. */
@Component({
  selector: 'db-mark-outcome-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.outcome === 'COMPLETED' ? 'Mark as completed?' : 'Mark as a no-show?' }}</h2>
    <mat-dialog-content>
      <p>
        <strong>{{ data.sessionName }}</strong> with {{ data.studentName }},<br />
        {{ data.when }}
      </p>
      @if (data.outcome === 'NO_SHOW') {
        <p>
          {{ data.studentName }} did not come. No-shows count towards the limit that pauses a student’s self-booking;
          only career center staff can excuse one.
        </p>
      } @else {
        <p>The session took place. This cannot be undone here.</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">Go back</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">
        {{ data.outcome === 'COMPLETED' ? 'Mark completed' : 'Mark no-show' }}
      </button>
    </mat-dialog-actions>
  `,
})
export class MarkOutcomeDialog {
  protected readonly data = inject<MarkOutcomeData>(MAT_DIALOG_DATA);
}
