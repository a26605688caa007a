import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterOutlet } from '@angular/router';

/** The signed-out frame for sign-in and invitations: just the brand and the main region. */
@Component({
  selector: 'db-public-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatToolbarModule, RouterOutlet],
  template: `
    <header>
      <mat-toolbar class="toolbar"><span class="brand">Debrief</span></mat-toolbar>
    </header>
    <main id="main-content" class="main" tabindex="-1">
      <router-outlet />
    </main>
  `,
  styles: `
    .toolbar {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .brand {
      color: var(--mat-sys-primary);
      font: var(--mat-sys-title-large);
      font-weight: 700;
    }
    .main {
      padding: 32px 16px;
      outline: none;
    }
  `,
})
export class PublicLayoutComponent {}
