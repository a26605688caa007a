import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@debrief/portal/ui';

/** Shown in place of a page the viewer's role cannot open (the permission guard sends them here). */
@Component({
  selector: 'db-no-access-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, PageHeaderComponent],
  template: `
    <db-page-header heading="You do not have access to this page" description="Your role cannot open it. If you think it should, ask your career center's staff." />
    <a mat-flat-button routerLink="/">Go to the home page</a>
  `,
})
export class NoAccessPage {}
