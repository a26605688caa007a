import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { CoachDocument, GraphqlClient, toApiError } from '@debrief/portal/core';
import { EmptyStateComponent, InitialsAvatarComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { ErrorCode, SPECIALTY_LABELS } from '@debrief/shared/domain';
import { formatLocalTime, injectNow } from './local-time';

@Component({
  selector: 'db-coach-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, EmptyStateComponent, InitialsAvatarComponent, PageHeaderComponent, PageStateComponent],
  templateUrl: './coach-detail.page.html',
  styleUrl: './coach-detail.page.scss',
})
export class CoachDetailPage {
  private readonly api = inject(GraphqlClient);

  /** Route param. */
  readonly id = input.required<string>();

  protected readonly labels = SPECIALTY_LABELS;
  protected readonly now = injectNow();
  protected readonly coach = resource({
    params: () => ({ id: this.id() }),
    loader: async ({ params }) => (await this.api.query(CoachDocument, params)).coach,
  });
  private readonly failure = computed(() => (this.coach.error() ? toApiError(this.coach.error()) : null));
  protected readonly notFound = computed(() => this.failure()?.code === ErrorCode.NotFound);
  protected readonly error = computed(() => (this.notFound() ? null : (this.failure()?.message ?? null)));
  protected readonly heading = computed(() => (this.coach.hasValue() ? this.coach.value().name : 'Coach profile'));
  protected readonly localTime = computed(() =>
    this.coach.hasValue() ? formatLocalTime(this.now(), this.coach.value().timeZone) : '',
  );

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (this.coach.hasValue()) title.setTitle(`${this.coach.value().name} · Debrief`);
    });
  }
}
