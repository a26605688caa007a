import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { apiResource, formatShortCivilDate, GraphqlClient, injectViewerZone, StaffClosuresDocument, StaffCreateWorkshopDocument, StaffCreateWorkshopSeriesDocument, StaffWorkshopFacilitatorOptionsDocument, toApiError } from '@debrief/portal/core';
import { focusFirstInvalid, PageHeaderComponent } from '@debrief/portal/ui';
import { WORKSHOP_LIMITS } from '@debrief/shared/domain';
import { previewWeeklySeries } from '../shared/series-preview';
import { fromLocalInput, splitList } from '../shared/workshop-format';

type Field = 'title' | 'description' | 'topics' | 'location' | 'startsAt' | 'endsAt' | 'capacity' | 'registrationOpensAt' | 'weeks' | 'audienceClassYears' | 'audienceMajors';

/** Create one workshop or a weekly series (occurrences on closure days are skipped). */
@Component({
  selector: 'db-workshop-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, PageHeaderComponent],
  template: `
    <db-page-header heading="New workshop" [description]="'Times are in your time zone, ' + zone() + '.'" />
    @if (error(); as text) {
      <p class="db-form-error" role="alert">{{ text }}</p>
    }
    <form class="db-form db-surface" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-label="New workshop">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Title</mat-label>
        <input matInput formControlName="title" required [maxlength]="limits.titleMax" />
        @if (message('title'); as t) { <mat-error>{{ t }}</mat-error> }
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Description</mat-label>
        <textarea matInput formControlName="description" rows="3"></textarea>
        @if (message('description'); as t) { <mat-error>{{ t }}</mat-error> }
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Topics</mat-label>
        <input matInput formControlName="topics" />
        <mat-hint>Comma-separated, e.g. “resume, internships”.</mat-hint>
        @if (message('topics'); as t) { <mat-error>{{ t }}</mat-error> }
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Facilitators</mat-label>
        <mat-select formControlName="facilitatorIds" multiple>
          @for (c of coaches.value() ?? []; track c.id) {
            <mat-option [value]="c.id">{{ c.name }}</mat-option>
          }
        </mat-select>
        <mat-hint>Coaches who run it; they can see its roster.</mat-hint>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Room or video link</mat-label>
        <input matInput formControlName="location" required />
        @if (message('location'); as t) { <mat-error>{{ t }}</mat-error> }
      </mat-form-field>
      <div class="row">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Starts</mat-label>
          <input matInput type="datetime-local" formControlName="startsAt" required />
          @if (message('startsAt'); as t) { <mat-error>{{ t }}</mat-error> }
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Ends</mat-label>
          <input matInput type="datetime-local" formControlName="endsAt" required />
          @if (message('endsAt'); as t) { <mat-error>{{ t }}</mat-error> }
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Capacity</mat-label>
          <input matInput type="number" min="1" [max]="limits.capacityMax" formControlName="capacity" required />
          @if (message('capacity'); as t) { <mat-error>{{ t }}</mat-error> }
        </mat-form-field>
      </div>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Registration opens</mat-label>
        <input matInput type="datetime-local" formControlName="registrationOpensAt" />
        <mat-hint>Leave empty to open now. Registration closes when the workshop starts.</mat-hint>
        @if (message('registrationOpensAt'); as t) { <mat-error>{{ t }}</mat-error> }
      </mat-form-field>
      <div class="row">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Only for class years</mat-label>
          <input matInput formControlName="audienceClassYears" />
          <mat-hint>e.g. “2027, 2028”; empty for all students.</mat-hint>
          @if (message('audienceClassYears'); as t) { <mat-error>{{ t }}</mat-error> }
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Only for majors</mat-label>
          <input matInput formControlName="audienceMajors" />
          <mat-hint>Comma-separated; empty for all majors.</mat-hint>
          @if (message('audienceMajors'); as t) { <mat-error>{{ t }}</mat-error> }
        </mat-form-field>
      </div>
      <div class="row">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Repeat</mat-label>
          <mat-select formControlName="repeat">
            <mat-option value="NONE">Does not repeat</mat-option>
            <mat-option value="WEEKLY">Weekly</mat-option>
          </mat-select>
        </mat-form-field>
        @if (form.controls.repeat.value === 'WEEKLY') {
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>For how many weeks</mat-label>
            <input matInput type="number" min="2" [max]="limits.occurrencesMax" formControlName="weeks" />
            <mat-hint>Closure days are skipped.</mat-hint>
            @if (message('weeks'); as t) { <mat-error>{{ t }}</mat-error> }
          </mat-form-field>
        }
      </div>
      @if (form.controls.repeat.value === 'WEEKLY' && preview(); as p) {
        <div class="preview" role="status">
          @if (p.skipped.length) {
            <p><strong>{{ p.kept }} of {{ p.total }} weeks will be created.</strong> Skipped for closures:</p>
            <ul>
              @for (s of p.skipped; track s.date) {
                <li>{{ civil(s.date) }}: {{ s.reason }}</li>
              }
            </ul>
          } @else {
            <p>All {{ p.total }} weeks will be created; no closure falls on them.</p>
          }
        </div>
      }
      <mat-checkbox formControlName="publish">Publish now (otherwise it stays a draft only staff see)</mat-checkbox>
      <div class="db-form-actions">
        <button mat-flat-button type="submit">{{ saving() ? 'Creating…' : 'Create' }}</button>
        <a mat-button routerLink="/staff/workshops">Cancel</a>
      </div>
    </form>
  `,
  styles: `
    form { display: flex; flex-direction: column; gap: 12px; padding: 16px; }
    .row { display: flex; flex-wrap: wrap; gap: 12px 16px; }
    .preview p, .preview ul { margin: 4px 0; }
  `,
})
export class WorkshopCreatePage {
  private readonly api = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly zone = injectViewerZone();
  protected readonly limits = WORKSHOP_LIMITS;
  protected readonly saving = signal(false);
  protected readonly coaches = apiResource({ loader: async () => (await this.api.query(StaffWorkshopFacilitatorOptionsDocument)).coaches });
  protected readonly error = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(WORKSHOP_LIMITS.titleMax)]],
    description: ['', Validators.maxLength(WORKSHOP_LIMITS.descriptionMax)],
    topics: [''],
    facilitatorIds: [[] as string[]],
    location: ['', [Validators.required, Validators.maxLength(WORKSHOP_LIMITS.locationMax)]],
    startsAt: ['', Validators.required],
    endsAt: ['', Validators.required],
    capacity: [20, [Validators.required, Validators.min(1), Validators.max(WORKSHOP_LIMITS.capacityMax)]],
    registrationOpensAt: [''],
    audienceClassYears: [''],
    audienceMajors: [''],
    repeat: ['NONE' as 'NONE' | 'WEEKLY'],
    weeks: [4, [Validators.min(2), Validators.max(WORKSHOP_LIMITS.occurrencesMax)]],
    publish: [true],
  });
  private readonly closures = apiResource({ loader: async () => (await this.api.query(StaffClosuresDocument)).closures });
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  /** The series' weeks and the ones closures remove, shown before Create. */
  protected readonly preview = computed(() => {
    const v = this.values();
    return v.repeat === 'WEEKLY' ? previewWeeklySeries(v.startsAt ?? '', Number(v.weeks), this.zone(), this.closures.value() ?? []) : null;
  });
  protected civil(date: string): string {
    return formatShortCivilDate(date);
  }

  protected message(field: Field): string | null {
    const control = this.form.controls[field];
    if (!control.touched || !control.errors) return null;
    const e = control.errors;
    if (e['server']) return String(e['server']);
    if (e['required']) return 'This is required.';
    if (e['min']) return `At least ${e['min'].min}.`;
    if (e['max']) return `At most ${e['max'].max}.`;
    if (e['maxlength']) return `Use at most ${e['maxlength'].requiredLength} characters.`;
    return null;
  }

  async submit(): Promise<void> {
    if (this.saving()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const v = this.form.getRawValue();
    const zone = this.zone();
    const years = splitList(v.audienceClassYears).map(Number);
    if (years.some((y) => !Number.isInteger(y))) return this.fieldError('audienceClassYears', 'Use years like 2027, separated by commas.');
    const startsAt = fromLocalInput(v.startsAt, zone);
    const endsAt = fromLocalInput(v.endsAt, zone);
    if (!startsAt) return this.fieldError('startsAt', 'Enter a date and time.');
    if (!endsAt) return this.fieldError('endsAt', 'Enter a date and time.');
    const fields = {
      title: v.title.trim(),
      description: v.description.trim(),
      topics: splitList(v.topics, true),
      facilitatorIds: v.facilitatorIds,
      location: v.location.trim(),
      startsAt,
      endsAt,
      capacity: Number(v.capacity),
      registrationOpensAt: fromLocalInput(v.registrationOpensAt, zone),
      audienceClassYears: years,
      audienceMajors: splitList(v.audienceMajors),
      publish: v.publish,
    };
    this.saving.set(true);
    try {
      if (v.repeat === 'WEEKLY') {
        const { createWorkshopSeries: s } = await this.api.mutate(StaffCreateWorkshopSeriesDocument, {
          input: { workshop: fields, recurrence: 'WEEKLY', weeks: Number(v.weeks) },
        });
        const skipped = s.skippedStarts.length ? `, ${s.skippedStarts.length} skipped for closures` : '';
        this.snackBar.open(`Created a series of ${s.workshops.length} workshops${skipped}.`, undefined, { duration: 5000 });
      } else {
        await this.api.mutate(StaffCreateWorkshopDocument, { input: fields });
        this.snackBar.open('Workshop created.', undefined, { duration: 4000 });
      }
      await this.router.navigateByUrl('/staff/workshops');
    } catch (error) {
      const apiError = toApiError(error);
      const field = apiError.field?.replace(/^workshop\./, '') as Field | undefined;
      if (field && field in this.form.controls) this.fieldError(field, apiError.message.replace(/^[\w.]+: /, ''));
      else this.error.set(apiError.message);
    } finally {
      this.saving.set(false);
    }
  }

  private fieldError(field: Field, message: string): void {
    const control = this.form.controls[field];
    control.setErrors({ ...control.errors, server: message });
    control.markAsTouched();
    this.host.nativeElement.querySelector<HTMLElement>(`[formcontrolname="${field}"]`)?.focus();
  }
}
