import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { apiResource, AuthStore, CoachCardFragment, CoachDocument, GraphqlClient } from '@debrief/portal/core';
import { InitialsAvatarComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { SPECIALTY_LABELS } from '@debrief/shared/domain';
import { canEditCoachProfile } from './coach-profile-access';
import { CoachProfileFormComponent } from './coach-profile-form.component';
import { formatLocalTime, injectNow } from './local-time';

@Component({
  selector: 'db-coach-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    CoachProfileFormComponent,
    InitialsAvatarComponent,
    PageHeaderComponent,
    PageStateComponent,
  ],
  templateUrl: './coach-detail.page.html',
  styleUrl: './coach-detail.page.scss',
})
export class CoachDetailPage {
  private readonly api = inject(GraphqlClient);
  private readonly auth = inject(AuthStore);
  private readonly injector = inject(Injector);

  /** Route param. */
  readonly id = input.required<string>();

  protected readonly labels = SPECIALTY_LABELS;
  protected readonly now = injectNow();
  protected readonly coach = apiResource({
    params: () => ({ id: this.id() }),
    loader: async ({ params }) => (await this.api.query(CoachDocument, params)).coach,
  });
  protected readonly heading = computed(() => (this.coach.hasValue() ? this.coach.value().name : 'Coach profile'));
  protected readonly localTime = computed(() =>
    this.coach.hasValue() ? formatLocalTime(this.now(), this.coach.value().timeZone) : '',
  );
  /** Staff and admins may edit any coach, a coach only themself (the API checks the same). */
  protected readonly canEdit = computed(() => canEditCoachProfile(this.auth.user(), this.id()));
  protected readonly editing = signal(false);

  private readonly editButton = viewChild('editButton', { read: ElementRef<HTMLButtonElement> });
  private readonly editorHeading = viewChild<ElementRef<HTMLElement>>('editorHeading');

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (this.coach.hasValue()) title.setTitle(`${this.coach.value().name} · Debrief`);
    });
  }

  protected startEditing(): void {
    this.editing.set(true);
    this.afterRender(() => this.editorHeading()?.nativeElement.focus());
  }

  protected saved(coach: CoachCardFragment): void {
    this.coach.set(coach);
    this.stopEditing();
  }

  /** Closes the editor and gives focus back to the button that opened it. */
  protected stopEditing(): void {
    this.editing.set(false);
    this.afterRender(() => this.editButton()?.nativeElement.focus());
  }

  private afterRender(action: () => void): void {
    afterNextRender(action, { injector: this.injector });
  }
}
