import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { accessSql, AuthUser, named, NotFoundError } from '@debrief/api/core';
import { UserDirectoryService } from '@debrief/api/identity';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { EvaluationStatus } from '@debrief/shared/domain';
import { DataSource, In, IsNull } from 'typeorm';
import { EvaluationAuditService } from '../audit/evaluation-audit.service';
import { CoachingAccess, EVALUATION_ACCESS_COLUMNS } from '../coaching.access';
import { NotYourBookingError } from '../coaching.errors';
import { RubricVersionModel } from '../rubrics/rubric.model';
import { RubricsService } from '../rubrics/rubrics.service';
import { EvaluationEntity, EvaluationRevisionEntity, SelfAssessmentEntity } from './evaluation.entity';
import { compare, EvaluationMapper } from './evaluation.mapper';
import { CoachEvaluationModel, EvaluationRevisionModel, EvaluationTaskModel, FeedbackItemModel, StudentEvaluationModel } from './evaluation.models';

/** How many of a coach's completed sessions the task list considers (it shows 200, unshared first). */
const TASKS_CONSIDERED = 2000;

/**
 * Reading evaluations: the coach (and staff) view, audited; the student's view of their own
 * shared ones; the lists of sessions and where their feedback stands.
 */
@Injectable()
export class EvaluationReadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CoachingAccess,
    private readonly rubrics: RubricsService,
    private readonly audit: EvaluationAuditService,
    private readonly sessions: SessionDirectoryService,
    private readonly people: UserDirectoryService,
    private readonly mapper: EvaluationMapper,
  ) {}

  /** The rubric a booking is (or will be) evaluated on, for its parties and staff. */
  async rubricForBooking(actor: AuthUser, bookingId: string): Promise<RubricVersionModel> {
    const booking = await this.sessions.session(bookingId);
    if (!booking) throw new NotFoundError('Session', bookingId);
    this.access.assertBookingParty(actor, booking);
    const ev = await this.db.getRepository(EvaluationEntity).findOneBy({ bookingId });
    return ev ? this.rubrics.version(ev.rubricVersionId) : this.rubrics.currentForSessionType(booking.sessionTypeId);
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
    const [model] = await this.mapper.coachModels(actor, [ev]);
    await this.audit.recordReads(actor, [ev], 'coachEvaluation');
    return model;
  }

  async listForCoach(actor: AuthUser, studentId: string | null | undefined): Promise<CoachEvaluationModel[]> {
    const coached = this.access.isStaff(actor) ? [] : await this.sessions.studentsCoachedBy(actor.id);
    const params: Record<string, unknown> = {};
    const qb = this.db
      .getRepository(EvaluationEntity)
      .createQueryBuilder('e')
      .where(accessSql(this.access.coachViewRule(actor, coached), 'e', EVALUATION_ACCESS_COLUMNS, named(params)), params)
      .orderBy('e.session_at', 'DESC')
      .take(100);
    if (studentId) qb.andWhere('e.student_id = :studentId', { studentId });
    const evs = await qb.getMany();
    const models = await this.mapper.coachModels(actor, evs);
    await this.audit.recordReads(actor, evs, 'coachEvaluations');
    return models;
  }

  /** The student view of their own shared evaluation; opening it closes self-assessment. */
  async forStudent(actor: AuthUser, bookingId: string): Promise<StudentEvaluationModel | null> {
    const booking = await this.sessions.session(bookingId);
    if (!booking) throw new NotFoundError('Session', bookingId);
    this.access.assertStudentOf(actor, booking);
    const ev = await this.db.getRepository(EvaluationEntity).findOneBy({ bookingId });
    if (!ev || !this.access.canReadAsStudent(actor, ev)) return null;
    if (!ev.studentSeenAt) await this.db.getRepository(EvaluationEntity).update({ id: ev.id, studentSeenAt: IsNull() }, { studentSeenAt: new Date() });
    const [loaded] = await this.mapper.load([ev]);
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

  /** A student's completed sessions and where their feedback stands. */
  async feedbackList(actor: AuthUser): Promise<FeedbackItemModel[]> {
    const sessions = await this.sessions.completedSessions({ studentId: actor.id }, 200);
    const ids = sessions.map((s) => s.id);
    const [evs, selves, name] = await Promise.all([
      this.db.getRepository(EvaluationEntity).findBy({ bookingId: In(ids) }),
      this.db.getRepository(SelfAssessmentEntity).findBy({ bookingId: In(ids) }),
      this.people.names(sessions.map((s) => s.coachId)),
    ]);
    const evOf = new Map(evs.map((e) => [e.bookingId, e]));
    const assessed = new Set(selves.map((x) => x.bookingId));
    return sessions.map((s) => {
      const ev = evOf.get(s.id);
      const shared = ev?.status === EvaluationStatus.Shared;
      return {
        bookingId: s.id,
        startsAt: s.startsAt,
        sessionTypeName: s.sessionTypeName,
        coachName: name(s.coachId),
        evaluationShared: shared,
        selfAssessed: assessed.has(s.id),
        seen: shared && ev?.studentSeenAt != null,
      };
    });
  }

  /** A coach's completed sessions (staff: any coach's) with their evaluation's state: unwritten, then drafts, then shared; newest first in each. */
  async tasks(actor: AuthUser, coachId: string | null | undefined): Promise<EvaluationTaskModel[]> {
    const target = this.access.tasksCoachFor(actor, coachId);
    const sessions = await this.sessions.completedSessions({ coachId: target }, TASKS_CONSIDERED);
    const [evs, name] = await Promise.all([
      this.db.getRepository(EvaluationEntity).findBy({ bookingId: In(sessions.map((s) => s.id)) }),
      this.people.names(sessions.map((s) => s.studentId)),
    ]);
    const evOf = new Map(evs.map((e) => [e.bookingId, e]));
    const rank = (id: string) => {
      const ev = evOf.get(id);
      return ev ? (ev.status === EvaluationStatus.Shared ? 2 : 1) : 0;
    };
    // A stable sort of the newest-first list keeps each group newest first.
    return [...sessions]
      .sort((a, b) => rank(a.id) - rank(b.id))
      .slice(0, 200)
      .map((s) => ({
        bookingId: s.id,
        startsAt: s.startsAt,
        sessionTypeName: s.sessionTypeName,
        student: { id: s.studentId, name: name(s.studentId) },
        evaluationId: evOf.get(s.id)?.id ?? null,
        status: evOf.get(s.id)?.status ?? null,
      }));
  }

  /** Histories of many evaluations (the DataLoader batch). */
  async history(ids: readonly string[]): Promise<EvaluationRevisionModel[][]> {
    const rows = await this.db.getRepository(EvaluationRevisionEntity).find({
      select: { evaluationId: true, revision: true, action: true, actorId: true, createdAt: true },
      where: { evaluationId: In([...ids]) },
      order: { revision: 'ASC' },
    });
    const name = await this.people.names(rows.map((r) => r.actorId));
    return ids.map((id) => rows.filter((r) => r.evaluationId === id).map((r) => ({ revision: r.revision, action: r.action, actorName: name(r.actorId), at: r.createdAt })));
  }
}
