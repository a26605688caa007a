import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuthUser, BadInputError, NotFoundError } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { PlanItemStatus, Role } from '@debrief/shared/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { CoachingAccess } from '../coaching.access';
import { EvaluationEntity } from '../evaluations/evaluation.entity';
import { RubricCriterionEntity } from '../rubrics/rubric.entity';
import {
  AddPlanGoalInput,
  AddPlanItemInput,
  AddPlanPhaseInput,
  AddPlanResourceInput,
  CommentPlanItemInput,
  CreatePlanInput,
  ItemsFromEvaluationInput,
  UpdatePlanItemInput,
} from './plan.inputs';
import {
  ImprovementPlanEntity,
  PlanEventEntity,
  PlanGoalEntity,
  PlanItemCommentEntity,
  PlanItemEntity,
  PlanPhaseEntity,
  PlanResourceEntity,
} from './plan.entities';
import { ImprovementPlanModel, PlanEventModel, PlanItemCommentModel } from './plan.models';

/** A real calendar date as YYYY-MM-DD (the input pattern lets 2026-02-31 through). */
export function assertDate(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw new BadInputError(field, `${field}: is not a calendar date`);
  return value;
}

/** Today in the center's time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Improvement plans: coaches (who have coached the student) and staff write them; the student
 * moves items through to do / doing / done and comments; every change is an event in the history.
 */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CoachingAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: UserDirectoryService,
  ) {}

  async list(actor: AuthUser, studentId: string | null | undefined): Promise<ImprovementPlanModel[]> {
    const target = await this.access.studentFor(actor, studentId);
    const plans = await this.db.getRepository(ImprovementPlanEntity).find({ where: { studentId: target }, order: { createdAt: 'DESC' } });
    return this.models(plans);
  }

  async get(actor: AuthUser, planId: string): Promise<ImprovementPlanModel> {
    const plan = await this.db.getRepository(ImprovementPlanEntity).findOneBy({ id: planId });
    if (!plan) throw new NotFoundError('Plan', planId);
    await this.access.assertCanSeePlan(actor, plan);
    return (await this.models([plan]))[0];
  }

  async create(actor: AuthUser, input: CreatePlanInput): Promise<string> {
    return this.db.transaction(async (m) => {
      const student = await this.people.person(input.studentId, m);
      if (!student || student.role !== Role.Student) throw new NotFoundError('Student', input.studentId);
      await this.access.assertCanPlanFor(actor, student.id, m);
      const plan = await m.getRepository(ImprovementPlanEntity).save(m.create(ImprovementPlanEntity, { studentId: student.id, coachId: actor.id, title: input.title }));
      await this.event(m, plan.id, actor, `Created the plan “${input.title}”`);
      return plan.id;
    });
  }

  async addPhase(actor: AuthUser, input: AddPlanPhaseInput): Promise<string> {
    if (input.endWeek < input.startWeek) throw new BadInputError('endWeek', 'endWeek: must not be before startWeek');
    return this.change(actor, input.planId, async (m, plan) => {
      await m.getRepository(PlanPhaseEntity).insert({ planId: plan.id, name: input.name, startWeek: input.startWeek, endWeek: input.endWeek });
      return `Added the phase “${input.name}” (weeks ${input.startWeek}–${input.endWeek})`;
    });
  }

  async addGoal(actor: AuthUser, input: AddPlanGoalInput): Promise<string> {
    return this.change(actor, input.planId, async (m, plan) => {
      if (input.criterionId && !(await m.getRepository(RubricCriterionEntity).existsBy({ id: input.criterionId }))) {
        throw new BadInputError('criterionId', 'criterionId: is not a rubric criterion', { reason: 'CRITERION_NOT_IN_RUBRIC' });
      }
      await m.getRepository(PlanGoalEntity).insert({ planId: plan.id, text: input.text, criterionId: input.criterionId ?? null });
      return `Added the goal “${input.text}”`;
    });
  }

  async addItem(actor: AuthUser, input: AddPlanItemInput): Promise<string> {
    const dueOn = assertDate('dueOn', input.dueOn);
    return this.change(actor, input.planId, async (m, plan) => {
      if (input.goalId && !(await m.getRepository(PlanGoalEntity).existsBy({ id: input.goalId, planId: plan.id }))) {
        throw new BadInputError('goalId', 'goalId: is not a goal of this plan');
      }
      if (input.phaseId && !(await m.getRepository(PlanPhaseEntity).existsBy({ id: input.phaseId, planId: plan.id }))) {
        throw new BadInputError('phaseId', 'phaseId: is not a phase of this plan');
      }
      await m.getRepository(PlanItemEntity).insert({ planId: plan.id, title: input.title, dueOn, goalId: input.goalId ?? null, phaseId: input.phaseId ?? null });
      return `Added the item “${input.title}”${dueOn ? ` due ${dueOn}` : ''}`;
    });
  }

  async addResource(actor: AuthUser, input: AddPlanResourceInput): Promise<string> {
    return this.change(actor, input.planId, async (m, plan) => {
      await m.getRepository(PlanResourceEntity).insert({ planId: plan.id, title: input.title, url: input.url });
      return `Added the resource “${input.title}”`;
    });
  }

  /** Items straight from an evaluation's areas for improvement (into the given or latest plan, or a new one). */
  async itemsFromEvaluation(actor: AuthUser, input: ItemsFromEvaluationInput): Promise<string> {
    const dueOn = assertDate('dueOn', input.dueOn);
    return this.db.transaction(async (m) => {
      const ev = await m.getRepository(EvaluationEntity).findOneBy({ id: input.evaluationId });
      if (!ev) throw new NotFoundError('Evaluation', input.evaluationId);
      this.access.assertCanEvaluate(actor, ev);
      if (input.areas.length === 0) throw new BadInputError('areas', 'areas: choose at least one area for improvement');
      input.areas.forEach((i, n) => {
        if (!Number.isInteger(i) || i < 0 || i >= ev.areasForImprovement.length) throw new BadInputError(`areas.${n}`, `areas.${n}: is not one of the evaluation's areas`);
      });
      let plan: ImprovementPlanEntity | null = null;
      if (input.planId) {
        plan = await m.getRepository(ImprovementPlanEntity).findOneBy({ id: input.planId });
        if (!plan) throw new NotFoundError('Plan', input.planId);
        if (plan.studentId !== ev.studentId) throw new BadInputError('planId', "planId: is another student's plan");
      } else {
        plan = await m.getRepository(ImprovementPlanEntity).findOne({ where: { studentId: ev.studentId }, order: { createdAt: 'DESC' } });
      }
      if (!plan) {
        plan = await m.getRepository(ImprovementPlanEntity).save(m.create(ImprovementPlanEntity, { studentId: ev.studentId, coachId: actor.id, title: 'Improvement plan' }));
        await this.event(m, plan.id, actor, 'Created the plan “Improvement plan”');
      }
      const titles = [...new Set(input.areas)].map((i) => ev.areasForImprovement[i].slice(0, 300));
      // One transaction shares one now(): explicit, increasing times keep the areas' order.
      const at = Date.now();
      await m.getRepository(PlanItemEntity).insert(
        titles.map((title, i) => ({ planId: (plan as ImprovementPlanEntity).id, title, dueOn, sourceEvaluationId: ev.id, createdAt: new Date(at + i) })),
      );
      await this.event(m, plan.id, actor, `Added ${titles.length} item${titles.length === 1 ? '' : 's'} from an evaluation: ${titles.map((t) => `“${t}”`).join(', ')}`);
      return plan.id;
    });
  }

  /** The student moves an item's status; coaches and staff may also retitle and re-date it. */
  async updateItem(actor: AuthUser, input: UpdatePlanItemInput): Promise<string> {
    const dueOn = input.dueOn === undefined ? undefined : assertDate('dueOn', input.dueOn);
    return this.db.transaction(async (m) => {
      const { item, plan } = await this.itemAndPlan(m, input.itemId);
      await this.access.assertCanEditPlanItem(actor, plan, { details: input.title != null || input.dueOn !== undefined }, m);
      const changes: string[] = [];
      const patch: Partial<PlanItemEntity> = {};
      if (input.status && input.status !== item.status) {
        patch.status = input.status;
        patch.doneAt = input.status === PlanItemStatus.Done ? new Date() : null;
        changes.push(`marked “${item.title}” ${input.status === PlanItemStatus.Todo ? 'to do' : input.status.toLowerCase()}`);
      }
      if (input.title && input.title !== item.title) {
        patch.title = input.title;
        changes.push(`renamed “${item.title}” to “${input.title}”`);
      }
      if (dueOn !== undefined && dueOn !== item.dueOn) {
        patch.dueOn = dueOn;
        changes.push(`set “${input.title ?? item.title}” due ${dueOn ?? 'whenever'}`);
      }
      if (changes.length) {
        await m.getRepository(PlanItemEntity).update({ id: item.id }, patch);
        await this.event(m, plan.id, actor, changes.join('; ').replace(/^./, (c) => c.toUpperCase()));
      }
      return plan.id;
    });
  }

  async comment(actor: AuthUser, input: CommentPlanItemInput): Promise<string> {
    return this.db.transaction(async (m) => {
      const { item, plan } = await this.itemAndPlan(m, input.itemId);
      await this.access.assertCanSeePlan(actor, plan, m);
      await m.getRepository(PlanItemCommentEntity).insert({ itemId: item.id, authorId: actor.id, body: input.body });
      await this.event(m, plan.id, actor, `Commented on “${item.title}”`);
      return plan.id;
    });
  }

  async history(planIds: readonly string[]): Promise<PlanEventModel[][]> {
    const rows = await this.db.getRepository(PlanEventEntity).find({ where: { planId: In([...planIds]) }, order: { at: 'ASC', id: 'ASC' } });
    const name = await this.people.names(rows.map((r) => r.actorId));
    return planIds.map((id) => rows.filter((r) => r.planId === id).map((r) => ({ actorName: name(r.actorId), summary: r.summary, at: r.at })));
  }

  async comments(itemIds: readonly string[]): Promise<PlanItemCommentModel[][]> {
    const rows = await this.db.getRepository(PlanItemCommentEntity).find({ where: { itemId: In([...itemIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const name = await this.people.names(rows.map((r) => r.authorId));
    return itemIds.map((id) => rows.filter((r) => r.itemId === id).map((r) => ({ id: r.id, authorName: name(r.authorId), body: r.body, at: r.createdAt })));
  }

  private async itemAndPlan(m: EntityManager, itemId: string) {
    const item = await m.getRepository(PlanItemEntity).findOne({ where: { id: itemId }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw new NotFoundError('Plan item', itemId);
    const plan = await m.getRepository(ImprovementPlanEntity).findOneByOrFail({ id: item.planId });
    return { item, plan };
  }

  private change(actor: AuthUser, planId: string, apply: (m: EntityManager, plan: ImprovementPlanEntity) => Promise<string>): Promise<string> {
    return this.db.transaction(async (m) => {
      const plan = await m.getRepository(ImprovementPlanEntity).findOne({ where: { id: planId }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw new NotFoundError('Plan', planId);
      await this.access.assertCanPlanFor(actor, plan.studentId, m);
      const summary = await apply(m, plan);
      await this.event(m, plan.id, actor, summary);
      await m.getRepository(ImprovementPlanEntity).update({ id: plan.id }, { updatedAt: new Date() });
      return plan.id;
    });
  }

  private async event(m: EntityManager, planId: string, actor: AuthUser, summary: string): Promise<void> {
    await m.getRepository(PlanEventEntity).insert({ planId, actorId: actor.id, summary });
  }

  async models(plans: ImprovementPlanEntity[], m: EntityManager = this.db.manager): Promise<ImprovementPlanModel[]> {
    if (plans.length === 0) return [];
    const ids = plans.map((p) => p.id);
    const [phases, goals, items, resources, name] = await Promise.all([
      m.getRepository(PlanPhaseEntity).find({ where: { planId: In(ids) }, order: { startWeek: 'ASC' } }),
      m.getRepository(PlanGoalEntity).find({ where: { planId: In(ids) }, relations: { criterion: true } }),
      m.getRepository(PlanItemEntity).find({ where: { planId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      m.getRepository(PlanResourceEntity).find({ where: { planId: In(ids) } }),
      this.people.names(plans.flatMap((p) => [p.studentId, p.coachId]), m),
    ]);
    const today = todayIn(this.config.center.timeZone);
    const person = (id: string) => ({ id, name: name(id) });
    return plans.map((p) => ({
      id: p.id,
      title: p.title,
      student: person(p.studentId),
      coach: person(p.coachId),
      createdAt: p.createdAt,
      phases: phases.filter((x) => x.planId === p.id).map((x) => ({ id: x.id, name: x.name, startWeek: x.startWeek, endWeek: x.endWeek })),
      goals: goals.filter((x) => x.planId === p.id).map((x) => ({ id: x.id, text: x.text, criterionId: x.criterionId, criterionName: x.criterion?.name ?? null })),
      items: items
        .filter((x) => x.planId === p.id)
        .map((x) => ({
          id: x.id,
          title: x.title,
          dueOn: x.dueOn,
          status: x.status,
          overdue: x.status !== PlanItemStatus.Done && x.dueOn !== null && x.dueOn < today,
          goalId: x.goalId,
          phaseId: x.phaseId,
          sourceEvaluationId: x.sourceEvaluationId,
          doneAt: x.doneAt,
        })),
      resources: resources.filter((x) => x.planId === p.id).map((x) => ({ id: x.id, title: x.title, url: x.url })),
    }));
  }
}

