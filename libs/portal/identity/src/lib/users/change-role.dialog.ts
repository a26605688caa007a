import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { ROLE_LABELS } from '@debrief/portal/core';
import { Role } from '@debrief/shared/domain';

export interface ChangeRoleData {
  name: string;
  from: Role;
  to: Role;
}

/** Asks before a role change takes effect; closes with true to go ahead. */
@Component({
  selector: 'db-change-role-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>Change role?</h2>
    <mat-dialog-content>
      <p>
        Change {{ data.name }} from <strong>{{ labels[data.from] }}</strong> to <strong>{{ labels[data.to] }}</strong>?
        This changes what they can see and do in Debrief.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">Cancel</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">Change role</button>
    </mat-dialog-actions>
  `,
})
export class ChangeRoleDialog {
  protected readonly data = inject<ChangeRoleData>(MAT_DIALOG_DATA);
  protected readonly labels = ROLE_LABELS;
}
