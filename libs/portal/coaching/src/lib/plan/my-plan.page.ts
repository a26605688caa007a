import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { apiResource, CreatePlanDocument, errorMessage, GraphqlClient, ImprovementPlansDocument, PlanDetailsFragment, RubricsListDocument } from '@debrief/portal/core';
import { EmptyStateComponent, PageHeaderComponent, PageStateComponent } from '@debrief/portal/ui';
import { PlanViewComponent } from './plan-view.component';

/**
 * Improvement plans. Without a student id: the signed-in student's own (tick items, comment).
 * With one (/coaching/students/:studentId): the coach's editor for that student.
 */
@Component({
  selector: 'db-plans-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, EmptyStateComponent, PageHeaderComponent, PageStateComponent, PlanViewComponent],
  template: `
    <db-page-header [heading]="heading()" [description]="studentId() ? 'Goals, action items, phases and resources' : 'Tick items off as you go; your coach sees your progress.'">
      @if (studentId(); as id) {
        <a mat-button [routerLink]="['/coaching/students', id, 'progress']">Progress</a>
        <a mat-button [routerLink]="['/coaching/students', id, 'journal']">Journal</a>
      }
    </db-page-header>
    <db-page-state [loading]="plans.isLoading() && !plans.value()" [error]="error()" (retry)="plans.reload()">
      @if (plans.value(); as list) {
        @if (list.length === 0 && !studentId()) {
          <db-empty-state heading="No plan yet" description="Your coach writes one after a session." />
        }
        @for (p of list; track p.id) {
          <db-plan-view [plan]="p" [editable]="!!studentId()" [criteria]="criteria()" (changed)="replace($event)" />
        }
        @if (studentId()) {
          <form class="new-plan" (ngSubmit)="create()" aria-label="Start a new plan">
            <mat-form-field><mat-label>New plan title</mat-label><input matInput [(ngModel)]="title" name="title" /></mat-form-field>
            <button mat-stroked-button type="submit">Start a plan</button>
            @if (createError()) {
              <p class="error" role="alert">{{ createError() }}</p>
            }
          </form>
        }
      }
    </db-page-state>
  `,
  styles: `
    .new-plan {
      display: flex;
      gap: 12px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class PlansPage {
  private readonly api = inject(GraphqlClient);
  readonly studentId = input<string>();

  protected readonly plans = apiResource({
    params: () => ({ studentId: this.studentId() ?? null }),
    loader: async ({ params }) => (await this.api.query(ImprovementPlansDocument, params)).improvementPlans,
  });
  private readonly rubrics = apiResource({ loader: async () => (await this.api.query(RubricsListDocument)).rubrics });
  protected readonly criteria = computed(() => (this.rubrics.value() ?? []).flatMap((r) => r.current.criteria.map((c) => ({ id: c.id, label: `${c.name} (${r.current.name})` }))));
  protected readonly error = computed(() => errorMessage(this.plans.error()));
  protected readonly heading = computed(() => {
    if (!this.studentId()) return 'My plan';
    const name = this.plans.value()?.[0]?.student.name;
    return name ? `Plan for ${name}` : 'Student plan';
  });
  protected title = '';
  protected readonly createError = signal('');

  protected replace(plan: PlanDetailsFragment): void {
    this.plans.update((list) => (list ?? []).map((p) => (p.id === plan.id ? plan : p)));
  }

  protected async create(): Promise<void> {
    const studentId = this.studentId();
    if (!studentId || !this.title.trim()) return;
    this.createError.set('');
    try {
      const plan = (await this.api.mutate(CreatePlanDocument, { input: { studentId, title: this.title } })).createPlan;
      this.plans.update((list) => [plan, ...(list ?? [])]);
      this.title = '';
    } catch (e) {
      this.createError.set(errorMessage(e) ?? 'Could not create the plan.');
    }
  }
}
