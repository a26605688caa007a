import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { apiResource, CoachesDocument, errorMessage, GraphqlClient } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { Specialty, SPECIALTY_LABELS } from '@debrief/shared/domain';
import { debounceTime } from 'rxjs';
import { CoachCardComponent } from './coach-card.component';
import { CoachFilter, readCoachFilter, toCoachFilterInput, toQueryParams } from './coach-filter';
import { injectNow } from './local-time';

@Component({
  selector: 'db-coaches-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    CoachCardComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    PageStateComponent,
  ],
  templateUrl: './coaches.page.html',
  styleUrl: './coaches.page.scss',
})
export class CoachesPage {
  private readonly api = inject(GraphqlClient);
  private readonly router = inject(Router);

  /** Query params, bound by the router. */
  readonly specialty = input<string>();
  readonly q = input<string>();

  protected readonly filter = computed(() => readCoachFilter(this.specialty(), this.q()));
  protected readonly specialties = Object.values(Specialty).map((value) => ({ value, label: SPECIALTY_LABELS[value] }));
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly now = injectNow();

  protected readonly coaches = apiResource({
    params: () => this.filter(),
    loader: async ({ params }) => (await this.api.query(CoachesDocument, { filter: toCoachFilterInput(params) })).coaches,
  });
  protected readonly error = computed(() => errorMessage(this.coaches.error()));
  protected readonly summary = computed(() => {
    if (!this.coaches.hasValue()) return '';
    const count = this.coaches.value().length;
    const specialty = this.filter().specialty;
    const noun = count === 1 ? 'coach' : 'coaches';
    return specialty ? `${count} ${noun} for ${SPECIALTY_LABELS[specialty]}` : `${count} ${noun}`;
  });

  constructor() {
    // Keep the box in step with the URL (e.g. after Back), without echoing the change back.
    effect(() => {
      const search = this.filter().search;
      if (this.searchControl.value.trim() !== search) this.searchControl.setValue(search, { emitEvent: false });
    });
    this.searchControl.valueChanges
      .pipe(debounceTime(300), takeUntilDestroyed())
      .subscribe((search) => this.applyFilter({ ...this.filter(), search }));
  }

  protected selectSpecialty(specialty: Specialty | null): void {
    this.applyFilter({ ...this.filter(), specialty });
  }

  protected clearFilters(): void {
    this.searchControl.setValue('', { emitEvent: false });
    this.applyFilter({ specialty: null, search: '' });
  }

  private applyFilter(filter: CoachFilter): void {
    void this.router.navigate([], { queryParams: toQueryParams(filter), queryParamsHandling: 'merge', replaceUrl: true });
  }
}
