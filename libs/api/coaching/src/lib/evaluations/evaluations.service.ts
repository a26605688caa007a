import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, BadInputError, NotFoundError } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { BookingStatus, SessionDirectoryService, SessionSummary } from '@debrief/api/scheduling';
import { EvaluationStatus, RUBRIC_SCALE, Specialty, StarPart } from '@debrief/shared/domain';
import { DataSource, EntityManager, In, IsNull, QueryFailedError } from 'typeorm';
import { EvaluationAuditService } from '../audit/evaluation-audit.service';
import { CoachingAccess } from '../coaching.access';
import {
  AlreadyEvaluatedError,
  AlreadySelfAssessedError,
  CriterionNotInRubricError,
  IncompleteEvaluationError,
  NotYourBookingError,
  ScoreOutOfScaleError,
  SelfAssessmentClosedError,
  SessionNotCompletedError,
} from '../coaching.errors';
import { BankQuestionEntity } from '../questions/bank-question.entity';
import { RubricVersionModel } from '../rubrics/rubric.model';
import { RubricsService } from '../rubrics/rubrics.service';
import { EvaluationSharedNotifier } from './evaluation-shared.notifier';
import {
  EvaluationEntity,
  EvaluationRevisionEntity,
  EvaluationScoreEntity,
  SelfAssessmentEntity,
  StarEntryEntity,
} from './evaluation.entity';
import { CreateEvaluationInput, CriterionScoreInput, EvaluationContentInput, SelfAssessmentInput, UpdateEvaluationInput } from './evaluation.inputs';
import {
  AskedQuestionModel,
  CoachEvaluationModel,
  EvaluationRevisionModel,
  EvaluationScoreModel,
  EvaluationTaskModel,
  FeedbackItemModel,
  ScoreComparisonModel,
  SelfAssessmentModel,
  StarEntryModel,
  StudentEvaluationModel,
} from './evaluation.models';

interface Loaded {
  ev: EvaluationEntity;
  sessionTypeName: string;
  studentName: string;
  coachName: string;
  scores: EvaluationScoreModel[];
  starEntries: StarEntryModel[];
  questions: AskedQuestionModel[];
}

const STAR_FIELD: Record<StarPart, 'situation' | 'task' | 'action' | 'result'> = {
  [StarPart.Situation]: 'situation',
  [StarPart.Task]: 'task',
  [StarPart.Action]: 'action',
  [StarPart.Result]: 'result',
};

/** How many of a coach's completed sessions the task list considers (it shows 200, unshared first). */
const TASKS_CONSIDERED = 2000;

const isWholeInScale = (n: number | null | undefined) => typeof n === 'number' && Number.isInteger(n) && n >= RUBRIC_SCALE.min && n <= RUBRIC_SCALE.max;

/**
 * Evaluations: written once per completed booking by its coach (or staff), edited with history,
 * shared with the student (who is emailed, without private notes); self-assessments; reads for
 * coaches (audited) and for the student (their own shared ones only).
 */
@Injectable()
export class EvaluationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CoachingAccess,
    private readonly rubrics: RubricsService,
    private readonly audit: EvaluationAuditService,
    private readonly notifier: EvaluationSharedNotifier,
    private readonly sessions: SessionDirectoryService,
    private readonly people: UserDirectoryService,
  ) {}

  // ----- writing -----

  async create(actor: AuthUser, input: CreateEvaluationInput): Promise<string> {
    try {
      return await this.db.transaction(async (m) => {
        const booking = await this.sessions.session(input.bookingId, m, { lock: true });
        if (!booking) throw new NotFoundError('Session', input.bookingId);
        this.access.assertCanEvaluate(actor, booking);
        if (booking.status !== BookingStatus.Completed) throw new SessionNotCompletedError(booking.status);
        const existing = await m.getRepository(EvaluationEntity).findOneBy({ bookingId: booking.id });
        if (existing) throw new AlreadyEvaluatedError(existing.id);
        const type = await this.sessionTypeOf(m, booking.sessionTypeId);
        const rubric = await this.rubrics.currentFor(type.category, m);
        const content = this.validate(rubric, input);
        const ev = await m.getRepository(EvaluationEntity).save(
          m.create(EvaluationEntity, {
            bookingId: booking.id,
            rubricVersionId: rubric.id,
            coachId: booking.coachId,
            studentId: booking.studentId,
            sessionTypeId: booking.sessionTypeId,
            sessionAt: booking.startsAt,
            status: EvaluationStatus.Draft,
            authorId: actor.id,
            revision: 1,
            ...content.fields,
          }),
        );
        await this.writeParts(m, ev, type.category, content);
        await this.snapshot(m, ev.id, actor, 'CREATED');
        return ev.id;
      });
    } catch (error) {
      // Two coaches' (or tabs') first saves at once: the unique booking_id decides.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505') {
        const existing = await this.db.getRepository(EvaluationEntity).findOneBy({ bookingId: input.bookingId });
        if (existing) throw new AlreadyEvaluatedError(existing.id);
      }
      throw error;
    }
  }

  async update(actor: AuthUser, input: UpdateEvaluationInput): Promise<string> {
    return this.db.transaction(async (m) => {
      const ev = await this.lockForEdit(m, actor, input.evaluationId);
      const rubric = await this.rubrics.version(ev.rubricVersionId, m);
      const content = this.validate(rubric, input);
      if (ev.status === EvaluationStatus.Shared) this.assertComplete(rubric, content.scores, content.starEntries.length);
      Object.assign(ev, content.fields, { revision: ev.revision + 1 });
      await m.getRepository(EvaluationEntity).save(ev);
      const type = await this.sessionTypeOf(m, ev.sessionTypeId);
      await m.getRepository(EvaluationScoreEntity).delete({ evaluationId: ev.id });
      await m.getRepository(StarEntryEntity).delete({ evaluationId: ev.id });
      await m.getRepository(BankQuestionEntity).delete({ evaluationId: ev.id });
      await this.writeParts(m, ev, type.category, content);
      await this.snapshot(m, ev.id, actor, 'EDITED');
      return ev.id;
    });
  }

  /** Draft → shared; the student's email is queued in the same transaction (no scores, no private notes). */
  async share(actor: AuthUser, evaluationId: string): Promise<string> {
    return this.db.transaction(async (m) => {
      const ev = await this.lockForEdit(m, actor, evaluationId);
      if (ev.status === EvaluationStatus.Shared) return ev.id;
      const rubric = await this.rubrics.version(ev.rubricVersionId, m);
      const scores = await m.getRepository(EvaluationScoreEntity).findBy({ evaluationId: ev.id });
      const entries = await m.getRepository(StarEntryEntity).countBy({ evaluationId: ev.id });
      this.assertComplete(rubric, scores, entries);
      await m.getRepository(EvaluationEntity).update({ id: ev.id }, { status: EvaluationStatus.Shared, sharedAt: new Date(), revision: ev.revision + 1 });
      await this.snapshot(m, ev.id, actor, 'SHARED');
      await this.notifier.shared(m, ev.id);
      return ev.id;
    });
  }

  async submitSelfAssessment(actor: AuthUser, input: SelfAssessmentInput): Promise<SelfAssessmentModel> {
    return this.db.transaction(async (m) => {
      const booking = await this.sessions.session(input.bookingId, m, { lock: true });
      if (!booking) throw new NotFoundError('Session', input.bookingId);
      this.access.assertOwnSession(actor, booking);
      if (booking.status !== BookingStatus.Completed) throw new SessionNotCompletedError(booking.status);
      const ev = await m.getRepository(EvaluationEntity).findOneBy({ bookingId: booking.id });
      if (ev?.studentSeenAt) throw new SelfAssessmentClosedError();
      if (await m.getRepository(SelfAssessmentEntity).existsBy({ bookingId: booking.id })) throw new AlreadySelfAssessedError();
      const rubric = ev ? await this.rubrics.version(ev.rubricVersionId, m) : await this.rubricOfBooking(m, booking);
      const scores = this.checkScores(rubric, input.scores);
      const missing = rubric.criteria.filter((c) => !scores.some((s) => s.criterionId === c.id));
      if (missing.length) throw new IncompleteEvaluationError('scores', `scores: rate yourself on every criterion (missing: ${missing.map((c) => c.name).join(', ')})`, missing.map((c) => c.id));
      const saved = await m.getRepository(SelfAssessmentEntity).save(
        m.create(SelfAssessmentEntity, {
          bookingId: booking.id,
          studentId: actor.id,
          rubricVersionId: rubric.id,
          scores: scores.map((s) => ({ criterionId: s.criterionId, score: s.score })),
          notes: input.notes ?? '',
        }),
      );
      return toSelfModel(saved);
    });
  }

  // ----- reading -----

  /** The rubric a booking is (or will be) evaluated on, for its parties and staff. */
  async rubricForBooking(actor: AuthUser, bookingId: string): Promise<RubricVersionModel> {
    const booking = await this.sessions.session(bookingId);
    if (!booking) throw new NotFoundError('Session', bookingId);
    this.access.assertBookingParty(actor, booking);
    const ev = await this.db.getRepository(EvaluationEntity).findOneBy({ bookingId });
    return ev ? this.rubrics.version(ev.rubricVersionId) : this.rubricOfBooking(this.db.manager, booking);
  }

  /** The coach view of a booking's evaluation (null when none yet); the read is audited. */
  async forCoach(actor: AuthUser, bookingId: string): Promise<CoachEvaluationModel | null> {
    const booking = await this.sessions.session(bookingId);
    if (!booking) throw new NotFoundError('Session', bookingId);
    const ev = await this.db.getRepository(EvaluationEntity).findOneBy({ bookingId });
    const coached = await this.access.hasCoached(actor, booking.studentId);
    if (!ev) {
      this.access.assertCanEvaluate(actor, booking);
      return null;
    }
    if (!this.access.canReadAsCoach(actor, ev, coached)) throw new NotYourBookingError('You cannot see this evaluation.');
    const [model] = await this.coachModels(actor, [ev]);
    await this.audit.recordReads(actor, [ev], 'coachEvaluation');
    return model;
  }

  async listForCoach(actor: AuthUser, studentId: string | null | undefined): Promise<CoachEvaluationModel[]> {
    const repo = this.db.getRepository(EvaluationEntity);
    let evs: EvaluationEntity[];
    if (this.access.isStaff(actor)) {
      evs = await repo.find({ where: studentId ? { studentId } : {}, order: { sessionAt: 'DESC' }, take: 100 });
    } else {
      const coached = [...(await this.sessions.studentsCoachedBy(actor.id))];
      const qb = repo.createQueryBuilder('e').orderBy('e.session_at', 'DESC').take(100);
      qb.where(`(e.coach_id = :me OR e.author_id = :me OR (e.status = 'SHARED' AND e.student_id = ANY(:coached::uuid[])))`, { me: actor.id, coached });
      if (studentId) qb.andWhere('e.student_id = :studentId', { studentId });
      evs = await qb.getMany();
    }
    const models = await this.coachModels(actor, evs);
    await this.audit.recordReads(actor, evs, 'coachEvaluations');
    return models;
  }

  /** The student view of their own shared evaluation; opening it closes self-assessment. */
  async forStudent(actor: AuthUser, bookingId: string): Promise<StudentEvaluationModel | null> {
    const booking = await this.sessions.session(bookingId);
    if (!booking) throw new NotFoundError('Session', bookingId);
    if (booking.studentId !== actor.id) throw new NotYourBookingError('This session is not yours.');
    const ev = await this.db.getRepository(EvaluationEntity).findOneBy({ bookingId });
    if (!ev || !this.access.canReadAsStudent(actor, ev)) return null;
    if (!ev.studentSeenAt) await this.db.getRepository(EvaluationEntity).update({ id: ev.id, studentSeenAt: IsNull() }, { studentSeenAt: new Date() });
    const [loaded] = await this.load([ev]);
    const self = await this.db.getRepository(SelfAssessmentEntity).findOneBy({ bookingId });
    const rubric = await this.rubrics.version(ev.rubricVersionId);
    return {
      id: ev.id,
      bookingId: ev.bookingId,
      rubricVersionId: ev.rubricVersionId,
      sessionAt: ev.sessionAt,
      sessionTypeName: loaded.sessionTypeName,
      coachName: loaded.coachName,
      recommendation: ev.recommendation,
      strengths: ev.strengths,
      areasForImprovement: ev.areasForImprovement,
      scores: loaded.scores,
      starEntries: loaded.starEntries,
      questions: loaded.questions,
      sharedAt: ev.sharedAt as Date,
      comparison: self ? compare(rubric, loaded.scores, self) : [],
    };
  }

  async selfAssessment(actor: AuthUser, bookingId: string): Promise<SelfAssessmentModel | null> {
    const booking = await this.sessions.session(bookingId);
    if (!booking) throw new NotFoundError('Session', bookingId);
    this.access.assertBookingParty(actor, booking);
    const self = await this.db.getRepository(SelfAssessmentEntity).findOneBy({ bookingId });
    return self ? toSelfModel(self) : null;
  }

  /** A student's completed sessions and where their feedback stands. */
  async feedbackList(actor: AuthUser): Promise<FeedbackItemModel[]> {
    const sessions = await this.sessions.completedSessions({ studentId: actor.id }, 200);
    const ids = sessions.map((s) => s.id);
    const [evs, selves, name] = await Promise.all([
      this.db.getRepository(EvaluationEntity).findBy({ bookingId: In(ids) }),
      this.db.getRepository(SelfAssessmentEntity).findBy({ bookingId: In(ids) }),
      this.people.names(sessions.map((s) => s.coachId)),
    ]);
    return sessions.map((s) => {
      const ev = evs.find((e) => e.bookingId === s.id);
      const shared = ev?.status === EvaluationStatus.Shared;
      return {
        bookingId: s.id,
        startsAt: s.startsAt,
        sessionTypeName: s.sessionTypeName,
        coachName: name(s.coachId),
        evaluationShared: shared,
        selfAssessed: selves.some((x) => x.bookingId === s.id),
        seen: shared && ev?.studentSeenAt != null,
      };
    });
  }

  /** A coach's completed sessions (staff: any coach's) with their evaluation's state: unshared first, then newest. */
  async tasks(actor: AuthUser, coachId: string | null | undefined): Promise<EvaluationTaskModel[]> {
    const target = this.access.isStaff(actor) ? (coachId ?? actor.id) : actor.id;
    if (!this.access.isStaff(actor) && coachId && coachId !== actor.id) throw new NotYourBookingError("You cannot see another coach's sessions.");
    const sessions = await this.sessions.completedSessions({ coachId: target }, TASKS_CONSIDERED);
    const [evs, name] = await Promise.all([
      this.db.getRepository(EvaluationEntity).findBy({ bookingId: In(sessions.map((s) => s.id)) }),
      this.people.names(sessions.map((s) => s.studentId)),
    ]);
    const evOf = (id: string) => evs.find((e) => e.bookingId === id);
    // Not written yet, then drafts, then shared; newest first within each (a stable sort of the newest-first list).
    const rank = (id: string) => (evOf(id) ? (evOf(id)?.status === EvaluationStatus.Shared ? 2 : 1) : 0);
    return [...sessions]
      .sort((a, b) => rank(a.id) - rank(b.id))
      .slice(0, 200)
      .map((s) => ({
        bookingId: s.id,
        startsAt: s.startsAt,
        sessionTypeName: s.sessionTypeName,
        student: { id: s.studentId, name: name(s.studentId) },
        evaluationId: evOf(s.id)?.id ?? null,
        status: evOf(s.id)?.status ?? null,
      }));
  }

  async history(ids: readonly string[]): Promise<EvaluationRevisionModel[][]> {
    const rows = await this.db.getRepository(EvaluationRevisionEntity).find({
      select: { evaluationId: true, revision: true, action: true, actorId: true, createdAt: true },
      where: { evaluationId: In([...ids]) },
      order: { revision: 'ASC' },
    });
    const name = await this.people.names(rows.map((r) => r.actorId));
    return ids.map((id) => rows.filter((r) => r.evaluationId === id).map((r) => ({ revision: r.revision, action: r.action, actorName: name(r.actorId), at: r.createdAt })));
  }

  async selfAssessments(bookingIds: readonly string[]): Promise<(SelfAssessmentModel | null)[]> {
    const rows = await this.db.getRepository(SelfAssessmentEntity).findBy({ bookingId: In([...bookingIds]) });
    return bookingIds.map((id) => {
      const row = rows.find((r) => r.bookingId === id);
      return row ? toSelfModel(row) : null;
    });
  }

  async bookingOf(evaluationId: string): Promise<string> {
    const ev = await this.db.getRepository(EvaluationEntity).findOneBy({ id: evaluationId });
    if (!ev) throw new NotFoundError('Evaluation', evaluationId);
    return ev.bookingId;
  }

  // ----- internals -----

  private async rubricOfBooking(m: EntityManager, booking: SessionSummary): Promise<RubricVersionModel> {
    const type = await this.sessionTypeOf(m, booking.sessionTypeId);
    return this.rubrics.currentFor(type.category, m);
  }

  private async sessionTypeOf(m: EntityManager, id: string) {
    const type = await this.sessions.sessionType(id, m);
    if (!type) throw new NotFoundError('SessionType', id);
    return type;
  }

  private async lockForEdit(m: EntityManager, actor: AuthUser, evaluationId: string): Promise<EvaluationEntity> {
    const ev = await m.getRepository(EvaluationEntity).findOne({ where: { id: evaluationId }, lock: { mode: 'pessimistic_write' } });
    if (!ev) throw new NotFoundError('Evaluation', evaluationId);
    this.access.assertCanEvaluate(actor, ev);
    return ev;
  }

  private checkScores(rubric: RubricVersionModel, scores: CriterionScoreInput[]): CriterionScoreInput[] {
    const ids = new Set(rubric.criteria.map((c) => c.id));
    const seen = new Set<string>();
    scores.forEach((s, i) => {
      if (!ids.has(s.criterionId)) throw new CriterionNotInRubricError(`scores.${i}.criterionId`);
      if (!isWholeInScale(s.score)) throw new ScoreOutOfScaleError(`scores.${i}.score`);
      if (seen.has(s.criterionId)) throw new BadInputError(`scores.${i}.criterionId`, `scores.${i}.criterionId: is scored twice`);
      seen.add(s.criterionId);
    });
    return scores;
  }

  /** Checks the content against the rubric; STAR parts are derived from the answers when there are any. */
  private validate(rubric: RubricVersionModel, input: EvaluationContentInput) {
    const given = this.checkScores(rubric, input.scores ?? []);
    const entries = input.starEntries ?? [];
    if (entries.length && !rubric.starEntries) throw new BadInputError('starEntries', 'starEntries: this rubric does not score STAR answers');
    entries.forEach((e, i) => {
      for (const part of ['situation', 'task', 'action', 'result'] as const) {
        if (!isWholeInScale(e[part])) throw new ScoreOutOfScaleError(`starEntries.${i}.${part}`);
      }
    });
    if (input.recommendation != null && !isWholeInScale(input.recommendation)) throw new ScoreOutOfScaleError('recommendation');
    const scores = new Map(given.map((s) => [s.criterionId, { criterionId: s.criterionId, score: s.score as number, note: s.note ?? '' }]));
    if (entries.length) {
      for (const c of rubric.criteria) {
        if (!c.starPart) continue;
        const field = STAR_FIELD[c.starPart as StarPart];
        const mean = Math.round((entries.reduce((sum, e) => sum + e[field], 0) / entries.length) * 10) / 10;
        scores.set(c.id, { criterionId: c.id, score: mean, note: scores.get(c.id)?.note ?? '' });
      }
    }
    const areas = (input.areasForImprovement ?? []).map((a) => a.trim()).filter(Boolean);
    return {
      scores: [...scores.values()],
      starEntries: entries,
      questions: input.questions ?? [],
      fields: {
        recommendation: input.recommendation ?? null,
        strengths: input.strengths ?? '',
        areasForImprovement: areas,
        privateNotes: input.privateNotes ?? '',
      },
    };
  }

  private assertComplete(rubric: RubricVersionModel, scores: { criterionId: string }[], entries: number): void {
    if (rubric.starEntries && entries === 0) throw new IncompleteEvaluationError('starEntries', 'starEntries: score at least one answer before sharing');
    const missing = rubric.criteria.filter((c) => !scores.some((s) => s.criterionId === c.id));
    if (missing.length) {
      throw new IncompleteEvaluationError('scores', `scores: score every criterion before sharing (missing: ${missing.map((c) => c.name).join(', ')})`, missing.map((c) => c.id));
    }
  }

  private async writeParts(m: EntityManager, ev: EvaluationEntity, category: Specialty, content: ReturnType<EvaluationsService['validate']>): Promise<void> {
    if (content.scores.length) {
      await m.getRepository(EvaluationScoreEntity).insert(content.scores.map((s) => ({ evaluationId: ev.id, ...s })));
    }
    if (content.starEntries.length) {
      await m.getRepository(StarEntryEntity).insert(
        content.starEntries.map((e, position) => ({
          evaluationId: ev.id,
          position,
          question: e.question,
          competency: e.competency ?? '',
          situation: e.situation,
          task: e.task,
          action: e.action,
          result: e.result,
          notes: e.notes ?? '',
        })),
      );
    }
    // Asked questions and STAR questions both feed the bank (STAR ones tagged by competency).
    const bank = [
      ...content.questions.map((q) => ({ text: q.text, topic: q.topic ?? '', company: q.company ?? '' })),
      ...content.starEntries
        .filter((e) => !content.questions.some((q) => q.text === e.question))
        .map((e) => ({ text: e.question, topic: e.competency ?? '', company: '' })),
    ];
    if (bank.length) {
      await m.getRepository(BankQuestionEntity).insert(bank.map((q) => ({ ...q, evaluationId: ev.id, sessionTypeId: ev.sessionTypeId, category })));
    }
  }

  private async snapshot(m: EntityManager, evaluationId: string, actor: AuthUser, action: string): Promise<void> {
    const ev = await m.getRepository(EvaluationEntity).findOneByOrFail({ id: evaluationId });
    const [scores, starEntries] = await Promise.all([
      m.getRepository(EvaluationScoreEntity).findBy({ evaluationId }),
      m.getRepository(StarEntryEntity).find({ where: { evaluationId }, order: { position: 'ASC' } }),
    ]);
    await m.getRepository(EvaluationRevisionEntity).insert({
      evaluationId,
      revision: ev.revision,
      actorId: actor.id,
      action,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      snapshot: JSON.parse(JSON.stringify({ ...ev, scores, starEntries })) as any,
    });
  }

  /** Evaluations with their parts and names, in two queries per part for any number. */
  async load(evs: EvaluationEntity[], m: EntityManager = this.db.manager): Promise<Loaded[]> {
    if (evs.length === 0) return [];
    const ids = evs.map((e) => e.id);
    const [scores, entries, questions, name, types] = await Promise.all([
      m.getRepository(EvaluationScoreEntity).findBy({ evaluationId: In(ids) }),
      m.getRepository(StarEntryEntity).find({ where: { evaluationId: In(ids) }, order: { position: 'ASC' } }),
      m.getRepository(BankQuestionEntity).find({ where: { evaluationId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.people.names(evs.flatMap((e) => [e.studentId, e.coachId]), m),
      this.sessions.sessionTypes(evs.map((e) => e.sessionTypeId), m),
    ]);
    return evs.map((ev) => ({
      ev,
      sessionTypeName: types.get(ev.sessionTypeId)?.name ?? '',
      studentName: name(ev.studentId),
      coachName: name(ev.coachId),
      scores: scores.filter((s) => s.evaluationId === ev.id).map((s) => ({ criterionId: s.criterionId, score: Number(s.score), note: s.note })),
      starEntries: entries
        .filter((e) => e.evaluationId === ev.id)
        .map((e) => ({ id: e.id, question: e.question, competency: e.competency, situation: e.situation, task: e.task, action: e.action, result: e.result, notes: e.notes })),
      questions: questions.filter((q) => q.evaluationId === ev.id).map((q) => ({ id: q.id, text: q.text, topic: q.topic, company: q.company })),
    }));
  }

  async coachModels(actor: AuthUser, evs: EvaluationEntity[]): Promise<CoachEvaluationModel[]> {
    const loaded = await this.load(evs);
    return loaded.map((l) => ({
      id: l.ev.id,
      bookingId: l.ev.bookingId,
      rubricVersionId: l.ev.rubricVersionId,
      status: l.ev.status,
      sessionAt: l.ev.sessionAt,
      sessionTypeName: l.sessionTypeName,
      student: { id: l.ev.studentId, name: l.studentName },
      coach: { id: l.ev.coachId, name: l.coachName },
      recommendation: l.ev.recommendation,
      strengths: l.ev.strengths,
      areasForImprovement: l.ev.areasForImprovement,
      scores: l.scores,
      starEntries: l.starEntries,
      questions: l.questions,
      privateNotes: this.access.canSeePrivateNotes(actor, l.ev) ? l.ev.privateNotes : null,
      revision: l.ev.revision,
      sharedAt: l.ev.sharedAt,
      updatedAt: l.ev.updatedAt,
    }));
  }
}

function toSelfModel(s: SelfAssessmentEntity): SelfAssessmentModel {
  return { id: s.id, bookingId: s.bookingId, rubricVersionId: s.rubricVersionId, scores: s.scores, notes: s.notes, createdAt: s.createdAt };
}

function compare(rubric: RubricVersionModel, coach: EvaluationScoreModel[], self: SelfAssessmentEntity): ScoreComparisonModel[] {
  return rubric.criteria.map((c) => {
    const coachScore = coach.find((s) => s.criterionId === c.id)?.score ?? null;
    const selfScore = self.scores.find((s) => s.criterionId === c.id)?.score ?? null;
    const gap = coachScore != null && selfScore != null ? Math.round((selfScore - coachScore) * 10) / 10 : null;
    return { criterionId: c.id, criterionName: c.name, coachScore, selfScore, gap };
  });
}
