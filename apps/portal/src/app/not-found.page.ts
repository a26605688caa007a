import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@debrief/portal/ui';

@Component({
  selector: 'db-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, PageHeaderComponent],
  template: `
    <db-page-header heading="Page not found" description="The address may be mistyped, or the page has moved." />
    <a mat-flat-button routerLink="/">Go to the home page</a>
  `,
})
export class NotFoundPage {}
