import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AddPlanGoalDocument, AddPlanItemDocument, AddPlanPhaseDocument, AddPlanResourceDocument, CommentOnPlanItemDocument, errorMessage, GraphqlClient, PlanDetailsFragment, PlanItemStatus, UpdatePlanItemDocument, WhenPipe } from '@debrief/portal/core';
import { STATUS_LABELS } from '../shared/labels';

type Item = PlanDetailsFragment['items'][number];

/**
 * One improvement plan: phases, goals, items (ticked done by the student, overdue flagged),
 * comments, resources and history. With `editable`, the coach's editor forms too.
 */
@Component({
  selector: 'db-plan-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [WhenPipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './plan-view.component.html',
  styleUrl: './plan-view.component.scss',
})
export class PlanViewComponent {
  private readonly api = inject(GraphqlClient);
  readonly plan = input.required<PlanDetailsFragment>();
  readonly editable = input(false);
  /** Criteria a goal may be linked to. */
  readonly criteria = input<readonly { id: string; label: string }[]>([]);
  readonly changed = output<PlanDetailsFragment>();

  protected readonly statuses: PlanItemStatus[] = ['TODO', 'DOING', 'DONE'];
  protected readonly labels = STATUS_LABELS;
  protected readonly message = signal('');
  protected readonly error = signal('');
  protected readonly comments: Record<string, string> = {};

  protected newItem = { title: '', dueOn: '', goalId: '', phaseId: '' };
  protected newGoal = { text: '', criterionId: '' };
  protected newPhase = { name: '', startWeek: 1, endWeek: 2 };
  protected newResource = { title: '', url: '' };

  protected phaseName(id: string | null | undefined): string {
    return this.plan().phases.find((p) => p.id === id)?.name ?? '';
  }
  protected goalText(id: string | null | undefined): string {
    return this.plan().goals.find((g) => g.id === id)?.text ?? '';
  }

  private async run(action: () => Promise<PlanDetailsFragment>, done: string): Promise<boolean> {
    this.error.set('');
    this.message.set('');
    try {
      const plan = await action();
      this.changed.emit(plan);
      this.message.set(done);
      return true;
    } catch (e) {
      this.error.set(errorMessage(e) ?? 'Could not save.');
      return false;
    }
  }

  protected toggleDone(item: Item, done: boolean): Promise<boolean> {
    return this.setStatus(item, done ? 'DONE' : 'TODO');
  }

  protected setStatus(item: Item, status: PlanItemStatus): Promise<boolean> {
    return this.run(async () => (await this.api.mutate(UpdatePlanItemDocument, { input: { itemId: item.id, status } })).updatePlanItem, `“${item.title}” is now ${STATUS_LABELS[status].toLowerCase()}.`);
  }

  protected async comment(item: Item): Promise<void> {
    const body = (this.comments[item.id] ?? '').trim();
    if (!body) return;
    if (await this.run(async () => (await this.api.mutate(CommentOnPlanItemDocument, { input: { itemId: item.id, body } })).commentOnPlanItem, 'Comment added.')) {
      this.comments[item.id] = '';
    }
  }

  protected async addItem(): Promise<void> {
    const i = this.newItem;
    if (!i.title.trim()) return;
    const ok = await this.run(
      async () =>
        (await this.api.mutate(AddPlanItemDocument, { input: { planId: this.plan().id, title: i.title, dueOn: i.dueOn || null, goalId: i.goalId || null, phaseId: i.phaseId || null } }))
          .addPlanItem,
      `Added “${i.title}”.`,
    );
    if (ok) this.newItem = { title: '', dueOn: '', goalId: '', phaseId: '' };
  }

  protected async addGoal(): Promise<void> {
    const g = this.newGoal;
    if (!g.text.trim()) return;
    const ok = await this.run(
      async () => (await this.api.mutate(AddPlanGoalDocument, { input: { planId: this.plan().id, text: g.text, criterionId: g.criterionId || null } })).addPlanGoal,
      'Goal added.',
    );
    if (ok) this.newGoal = { text: '', criterionId: '' };
  }

  protected async addPhase(): Promise<void> {
    const p = this.newPhase;
    if (!p.name.trim()) return;
    const ok = await this.run(
      async () => (await this.api.mutate(AddPlanPhaseDocument, { input: { planId: this.plan().id, name: p.name, startWeek: Number(p.startWeek), endWeek: Number(p.endWeek) } })).addPlanPhase,
      'Phase added.',
    );
    if (ok) this.newPhase = { name: '', startWeek: 1, endWeek: 2 };
  }

  protected async addResource(): Promise<void> {
    const r = this.newResource;
    if (!r.title.trim() || !r.url.trim()) return;
    const ok = await this.run(async () => (await this.api.mutate(AddPlanResourceDocument, { input: { planId: this.plan().id, title: r.title, url: r.url } })).addPlanResource, 'Resource added.');
    if (ok) this.newResource = { title: '', url: '' };
  }
}
