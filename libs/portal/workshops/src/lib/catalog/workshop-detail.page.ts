import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { apiResource, CancelWorkshopRegistrationDocument, errorMessage, GraphqlClient, injectViewerZone, RegisterForWorkshopDocument, toApiError, WorkshopDetailDocument } from '@debrief/portal/core';
import { PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { placeText, seatsText, workshopWhen } from '../shared/workshop-format';
import { WorkshopOverlapComponent } from './workshop-overlap.component';

/** One workshop: what, when, where, seats; register, join the waitlist or cancel. */
@Component({
  selector: 'db-workshop-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, PageHeaderComponent, PageStateComponent, WorkshopOverlapComponent],
  template: `
    <db-page-state [resource]="workshop" loadingLabel="Loading the workshop…" notFoundHeading="Workshop not found">
      @if (workshop.hasValue()) {
        @let w = workshop.value();
        <db-page-header [heading]="w.title" [description]="when()" />
        <section class="db-surface body" aria-label="About this workshop">
          @if (w.status === 'CANCELLED') {
            <p class="cancelled" role="note"><strong>This workshop is cancelled{{ w.cancelReason ? ': ' + w.cancelReason : '.' }}</strong></p>
          }
          <p><strong>Where:</strong> {{ w.location }}</p>
          @if (w.facilitators.length) {
            <p><strong>Run by:</strong> {{ facilitatorNames() }}</p>
          }
          @if (w.topics.length) {
            <p><strong>Topics:</strong> {{ w.topics.join(', ') }}</p>
          }
          <p class="description">{{ w.description }}</p>
          <p><strong>Seats:</strong> {{ seats() }} ({{ w.capacity }} in all)</p>
          <db-workshop-overlap [sessions]="w.overlappingSessions" [zone]="zone()" />
          <div class="action">
            <p role="status" aria-live="polite" class="place">{{ place() }}</p>
            @if (actionError(); as text) {
              <p class="db-form-error" role="alert">{{ text }}</p>
            }
            @if (w.status === 'PUBLISHED') {
              @if (w.myRegistration; as mine) {
                <button mat-stroked-button type="button" [disabled]="busy()" (click)="cancel(mine.id)">
                  {{ mine.status === 'WAITLISTED' ? 'Leave the waitlist' : 'Cancel my registration' }}
                </button>
              } @else if (w.registrationOpen) {
                <button mat-flat-button type="button" [disabled]="busy()" (click)="register()">
                  {{ w.seatsLeft > 0 ? 'Register' : 'Join the waitlist' }}
                </button>
              } @else {
                <p>Registration is not open right now.</p>
              }
            }
          </div>
        </section>
        <p><a routerLink="/workshops">Back to all workshops</a> · <a routerLink="/workshops/mine">My workshops</a></p>
      }
    </db-page-state>
  `,
  styles: `
    .body { padding: 16px; margin-bottom: 16px; }
    .body p { margin: 6px 0; }
    .description { white-space: pre-line; }
    .cancelled { color: #8c1d18; }
    .action { margin-top: 12px; }
    .place { font-weight: 500; min-height: 1.5em; }
  `,
})
export class WorkshopDetailPage {
  private readonly api = inject(GraphqlClient);
  protected readonly zone = injectViewerZone();

  readonly id = input.required<string>();
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);

  protected readonly workshop = apiResource({
    params: () => ({ id: this.id() }),
    loader: async ({ params }) => (await this.api.query(WorkshopDetailDocument, { id: params.id })).workshop,
  });
  protected readonly loadError = computed(() => errorMessage(this.workshop.error()));
  protected readonly when = computed(() => (this.workshop.hasValue() ? workshopWhen(this.workshop.value(), this.zone()) : ''));
  protected readonly seats = computed(() => (this.workshop.hasValue() ? seatsText(this.workshop.value()) : ''));
  protected readonly place = computed(() => (this.workshop.hasValue() ? (placeText(this.workshop.value().myRegistration) ?? '') : ''));
  protected readonly facilitatorNames = computed(() => (this.workshop.hasValue() ? this.workshop.value().facilitators.map((f) => f.name).join(', ') : ''));

  protected async register(): Promise<void> {
    await this.act(() => this.api.mutate(RegisterForWorkshopDocument, { workshopId: this.id() }));
  }

  protected async cancel(registrationId: string): Promise<void> {
    await this.act(() => this.api.mutate(CancelWorkshopRegistrationDocument, { registrationId }));
  }

  private async act(work: () => Promise<unknown>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      await work();
    } catch (error) {
      this.actionError.set(toApiError(error).message);
    } finally {
      this.busy.set(false);
      this.workshop.reload();
    }
  }
}
