import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@debrief/portal/core';
import { PageHeaderComponent } from '@debrief/portal/ui';
import { hasPermission } from '@debrief/shared/domain';
import { HOME_ACTIONS, ROLE_INTROS } from './home-actions';

@Component({
  selector: 'db-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, RouterLink, PageHeaderComponent],
  template: `
    <db-page-header [heading]="heading()" [description]="intro()" />
    <h2 class="db-section-title">What you can do here</h2>
    <ul class="actions">
      @for (action of actions(); track action.link) {
        <li>
          <mat-card appearance="outlined">
            <mat-card-content>
              <h3><a [routerLink]="action.link">{{ action.title }}</a></h3>
              <p>{{ action.description }}</p>
            </mat-card-content>
          </mat-card>
        </li>
      }
    </ul>
  `,
  styles: `
    .actions {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    mat-card {
      height: 100%;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    p {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class HomePage {
  private readonly auth = inject(AuthStore);

  protected readonly heading = computed(() => {
    const name = this.auth.user()?.name.split(' ')[0];
    return name ? `Welcome, ${name}` : 'Welcome';
  });
  protected readonly intro = computed(() => {
    const role = this.auth.role();
    return role ? ROLE_INTROS[role] : '';
  });
  protected readonly actions = computed(() =>
    HOME_ACTIONS.filter((action) => {
      const role = this.auth.role();
      return hasPermission(role, action.permission) && (!action.roles || (role !== null && action.roles.includes(role)));
    }),
  );
}
