import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal } from '@angular/core';
import { FormsModule, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { apiResource, AttendanceMark, AuthStore, errorMessage, GraphqlClient, injectViewerZone, SeriesScope, StaffCancelWorkshopDocument, StaffMarkWorkshopAttendanceDocument, StaffPublishWorkshopDocument, StaffUpdateWorkshopDocument, StaffWorkshopDocument, StaffWorkshopRosterCsvDocument, StaffWorkshopRosterDocument, toApiError } from '@debrief/portal/core';
import { focusFirstInvalid, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { hasPermission, Permission, WORKSHOP_LIMITS } from '@debrief/shared/domain';
import { fromLocalInput, STATUS_LABELS, toLocalInput, workshopWhen } from '../shared/workshop-format';

/** One workshop for staff (or its facilitating coach, roster and check-in only): edit (this occurrence or the rest of its series), publish, cancel, roster, check-in and CSV. */
@Component({
  selector: 'db-workshop-manage-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, PageHeaderComponent, PageStateComponent],
  template: `
    <db-page-state [resource]="workshop" loadingLabel="Loading the workshop…" notFoundHeading="Workshop not found">
      @if (workshop.hasValue()) {
        @let w = workshop.value();
        <db-page-header [heading]="w.title" [description]="when() + ' · ' + (labels[w.status] ?? w.status) + ' · ' + w.seatsTaken + ' of ' + w.capacity + ' seats taken, ' + w.waitlistLength + ' waiting'">
          @if (canManage() && w.status === 'DRAFT') {
            <button mat-flat-button type="button" (click)="publish()">Publish</button>
          }
        </db-page-header>
        <p role="status" aria-live="polite" class="notice">{{ notice() }}</p>
        @if (actionError(); as text) {
          <p class="db-form-error" role="alert">{{ text }}</p>
        }

        @if (canManage() && w.status !== 'CANCELLED') {
          <section class="db-surface block" aria-labelledby="edit-heading">
            <h2 id="edit-heading" class="db-section-title">Edit</h2>
            @if (editError(); as text) {
              <p class="db-form-error" role="alert">{{ text }}</p>
            }
            <form [formGroup]="form" (ngSubmit)="save()" novalidate aria-labelledby="edit-heading">
              <mat-form-field subscriptSizing="dynamic">
                <mat-label>Title</mat-label>
                <input matInput formControlName="title" required />
              </mat-form-field>
              <mat-form-field subscriptSizing="dynamic">
                <mat-label>Room or video link</mat-label>
                <input matInput formControlName="location" required />
              </mat-form-field>
              <div class="row">
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>Starts ({{ zone() }})</mat-label>
                  <input matInput type="datetime-local" formControlName="startsAt" required />
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>Ends ({{ zone() }})</mat-label>
                  <input matInput type="datetime-local" formControlName="endsAt" required />
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>Capacity</mat-label>
                  <input matInput type="number" min="1" formControlName="capacity" required />
                  @if (capacityMessage(); as t) { <mat-error>{{ t }}</mat-error> }
                </mat-form-field>
              </div>
              @if (w.seriesId) {
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>Apply to</mat-label>
                  <mat-select formControlName="scope">
                    <mat-option value="THIS_OCCURRENCE">This occurrence only</mat-option>
                    <mat-option value="THIS_AND_FOLLOWING">This and the following occurrences</mat-option>
                  </mat-select>
                </mat-form-field>
              }
              <p class="hint">Registered and waitlisted students are emailed about changes to the time, room or title, with an updated calendar invite.</p>
              <div class="db-form-actions"><button mat-flat-button type="submit">Save changes</button></div>
            </form>
          </section>

          <section class="db-surface block" aria-labelledby="cancel-heading">
            <h2 id="cancel-heading" class="db-section-title">Cancel the workshop</h2>
            <form (ngSubmit)="cancelWorkshop()" aria-labelledby="cancel-heading">
              <mat-form-field subscriptSizing="dynamic">
                <mat-label>Reason (students see it)</mat-label>
                <input matInput name="reason" [(ngModel)]="cancelReason" [maxlength]="limits.reasonMax" />
              </mat-form-field>
              @if (w.seriesId) {
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>Cancel</mat-label>
                  <mat-select name="cancelScope" [(ngModel)]="cancelScope">
                    <mat-option value="THIS_OCCURRENCE">This occurrence only</mat-option>
                    <mat-option value="THIS_AND_FOLLOWING">This and the following occurrences</mat-option>
                  </mat-select>
                </mat-form-field>
              }
              <div class="db-form-actions"><button mat-stroked-button type="submit">Cancel workshop</button></div>
            </form>
          </section>
        }

        <section class="block" aria-labelledby="roster-heading">
          <h2 id="roster-heading" class="db-section-title">Roster and check-in</h2>
          <div class="row">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>Find a student</mat-label>
              <input matInput type="search" [ngModel]="search()" (ngModelChange)="search.set($event)" />
            </mat-form-field>
            <button mat-stroked-button type="button" (click)="downloadCsv()">Download CSV</button>
          </div>
          @if (roster.hasValue()) {
            <table class="db-table">
              <caption class="cdk-visually-hidden">Roster</caption>
              <thead><tr><th scope="col">Student</th><th scope="col">Status</th><th scope="col">Check-in</th></tr></thead>
              <tbody>
                @for (e of roster.value(); track e.registrationId) {
                  <tr>
                    <td>{{ e.name }}<br /><span class="email">{{ e.email }}</span></td>
                    <td>{{ labels[e.status] ?? e.status }}@if (e.waitlistPosition) { (#{{ e.waitlistPosition }}) }</td>
                    <td>
                      @if (e.status === 'REGISTERED' || e.status === 'ATTENDED' || e.status === 'NO_SHOW') {
                        <button mat-button type="button" [attr.aria-label]="'Mark ' + e.name + ' attended'" [disabled]="e.status === 'ATTENDED'" (click)="mark(e.registrationId, 'ATTENDED')">Attended</button>
                        <button mat-button type="button" [attr.aria-label]="'Mark ' + e.name + ' no-show'" [disabled]="e.status === 'NO_SHOW'" (click)="mark(e.registrationId, 'NO_SHOW')">No-show</button>
                      }
                    </td>
                  </tr>
                } @empty {
                  <tr><td colspan="3">No registrations{{ search() ? ' match' : ' yet' }}.</td></tr>
                }
              </tbody>
            </table>
          }
        </section>
        <p><a [routerLink]="canManage() ? '/staff/workshops' : '/facilitate'">Back to the list</a></p>
      }
    </db-page-state>
  `,
  styles: `
    .block { padding: 16px; margin-bottom: 16px; }
    form { display: flex; flex-direction: column; gap: 12px; }
    .row { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 16px; }
    .hint, .email { color: var(--mat-sys-on-surface-variant); }
    table { width: 100%; border-collapse: collapse; }
    th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .notice { min-height: 1.5em; }
  `,
})
export class WorkshopManagePage {
  private readonly api = inject(GraphqlClient);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly auth = inject(AuthStore);
  protected readonly zone = injectViewerZone();
  protected readonly labels = STATUS_LABELS;
  protected readonly limits = WORKSHOP_LIMITS;
  /** Staff edit, publish and cancel; a facilitating coach only runs the roster and check-in. */
  protected readonly canManage = computed(() => hasPermission(this.auth.role(), Permission.WorkshopsManage));

  readonly id = input.required<string>();
  protected readonly search = signal('');
  protected readonly notice = signal('');
  protected readonly actionError = signal<string | null>(null);
  protected readonly editError = signal<string | null>(null);
  protected readonly capacityError = signal<string | null>(null);
  protected cancelReason = '';
  protected cancelScope: SeriesScope = 'THIS_OCCURRENCE';

  protected readonly workshop = apiResource({
    params: () => ({ id: this.id() }),
    loader: async ({ params }) => (await this.api.query(StaffWorkshopDocument, { id: params.id })).workshop,
  });
  protected readonly roster = apiResource({
    params: () => ({ id: this.id(), search: this.search() }),
    loader: async ({ params }) => (await this.api.query(StaffWorkshopRosterDocument, { workshopId: params.id, search: params.search || null })).workshopRoster,
  });
  protected readonly loadError = computed(() => errorMessage(this.workshop.error()));
  protected readonly when = computed(() => (this.workshop.hasValue() ? workshopWhen(this.workshop.value(), this.zone()) : ''));
  protected readonly capacityMessage = computed(() => this.capacityError());

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(WORKSHOP_LIMITS.titleMax)]],
    location: ['', [Validators.required, Validators.maxLength(WORKSHOP_LIMITS.locationMax)]],
    startsAt: ['', Validators.required],
    endsAt: ['', Validators.required],
    capacity: [1, [Validators.required, Validators.min(1)]],
    scope: ['THIS_OCCURRENCE' as SeriesScope],
  });

  constructor() {
    effect(() => {
      if (!this.workshop.hasValue()) return;
      const w = this.workshop.value();
      const zone = this.zone();
      this.form.reset({ title: w.title, location: w.location, startsAt: toLocalInput(w.startsAt, zone), endsAt: toLocalInput(w.endsAt, zone), capacity: w.capacity, scope: 'THIS_OCCURRENCE' });
    });
  }

  protected async save(): Promise<void> {
    this.editError.set(null);
    this.capacityError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const v = this.form.getRawValue();
    const w = this.workshop.value();
    if (!w) return;
    const zone = this.zone();
    const startsAt = fromLocalInput(v.startsAt, zone);
    const endsAt = fromLocalInput(v.endsAt, zone);
    try {
      await this.api.mutate(StaffUpdateWorkshopDocument, {
        input: {
          id: w.id,
          scope: v.scope,
          title: v.title.trim() !== w.title ? v.title.trim() : null,
          location: v.location.trim() !== w.location ? v.location.trim() : null,
          startsAt: startsAt && Date.parse(startsAt) !== Date.parse(w.startsAt) ? startsAt : null,
          endsAt: endsAt && Date.parse(endsAt) !== Date.parse(w.endsAt) ? endsAt : null,
          capacity: Number(v.capacity) !== w.capacity ? Number(v.capacity) : null,
        },
      });
      this.notice.set('Changes saved.');
      this.workshop.reload();
      this.roster.reload();
    } catch (error) {
      const e = toApiError(error);
      if (e.field === 'capacity') {
        this.capacityError.set(e.message.replace(/^capacity: /, ''));
        this.form.controls.capacity.setErrors({ server: true });
        this.form.controls.capacity.markAsTouched();
      } else this.editError.set(e.message);
    }
  }

  protected async publish(): Promise<void> {
    await this.run(() => this.api.mutate(StaffPublishWorkshopDocument, { input: { id: this.id(), scope: 'THIS_OCCURRENCE' } }), 'Published: students can now see it and register.');
  }

  protected async cancelWorkshop(): Promise<void> {
    const reason = this.cancelReason.trim();
    if (!reason) {
      this.snackBar.open('Say why the workshop is cancelled; students see it.', 'Dismiss', { duration: 6000 });
      return;
    }
    await this.run(() => this.api.mutate(StaffCancelWorkshopDocument, { input: { id: this.id(), scope: this.cancelScope, reason } }), 'Cancelled; registered and waitlisted students are being emailed.');
  }

  protected async mark(registrationId: string, mark: AttendanceMark): Promise<void> {
    await this.run(() => this.api.mutate(StaffMarkWorkshopAttendanceDocument, { registrationId, mark }), mark === 'ATTENDED' ? 'Marked attended.' : 'Marked no-show.');
  }

  protected async downloadCsv(): Promise<void> {
    try {
      const { workshopRosterCsv } = await this.api.query(StaffWorkshopRosterCsvDocument, { workshopId: this.id() });
      const url = URL.createObjectURL(new Blob([workshopRosterCsv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `workshop-roster-${this.id().slice(0, 8)}.csv`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      this.snackBar.open(toApiError(error).message, 'Dismiss', { duration: 8000 });
    }
  }

  private async run(work: () => Promise<unknown>, done: string): Promise<void> {
    this.actionError.set(null);
    this.notice.set('');
    try {
      await work();
      this.notice.set(done);
    } catch (error) {
      this.actionError.set(toApiError(error).message);
    } finally {
      this.workshop.reload();
      this.roster.reload();
    }
  }
}
