import { BreakpointObserver } from '@angular/cdk/layout';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore, ROLE_LABELS } from '@debrief/portal/core';
import { map } from 'rxjs';
import { navItemsFor } from './nav-items';

/** The signed-in frame: toolbar, role-aware navigation (a drawer on phones) and the main region. */
@Component({
  selector: 'db-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    MatButtonModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  protected readonly auth = inject(AuthStore);
  private readonly document = inject(DOCUMENT);
  private readonly drawer = viewChild.required(MatSidenav);

  protected readonly handset = toSignal(
    inject(BreakpointObserver).observe('(max-width: 767.98px)').pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly navItems = computed(() => navItemsFor(this.auth.role()));
  protected readonly roleLabel = computed(() => {
    const role = this.auth.role();
    return role ? ROLE_LABELS[role] : '';
  });

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main-content')?.focus();
  }

  protected closeDrawerOnHandset(): void {
    if (this.handset()) void this.drawer().close();
  }

  protected signOut(): void {
    void this.auth.signOut();
  }
}
