import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, NotFoundError } from '@debrief/api/core';
import { BookingStatus, SessionDirectoryService } from '@debrief/api/scheduling';
import { DataSource, In } from 'typeorm';
import { CoachingAccess } from '../coaching.access';
import { AlreadySelfAssessedError, IncompleteEvaluationError, SelfAssessmentClosedError, SessionNotCompletedError } from '../coaching.errors';
import { RubricsService } from '../rubrics/rubrics.service';
import { EvaluationEntity, SelfAssessmentEntity } from './evaluation.entity';
import { SelfAssessmentInput } from './evaluation.inputs';
import { toSelfModel } from './evaluation.mapper';
import { SelfAssessmentModel } from './evaluation.models';
import { checkScores } from './evaluation.validation';

/** Students rate themselves on a session's rubric, before opening its evaluation; its parties and staff read it. */
@Injectable()
export class SelfAssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CoachingAccess,
    private readonly rubrics: RubricsService,
    private readonly sessions: SessionDirectoryService,
  ) {}

  async submit(actor: AuthUser, input: SelfAssessmentInput): Promise<SelfAssessmentModel> {
    return this.db.transaction(async (m) => {
      const booking = await this.sessions.session(input.bookingId, m, { lock: true });
      if (!booking) throw new NotFoundError('Session', input.bookingId);
      this.access.assertOwnSession(actor, booking);
      if (booking.status !== BookingStatus.Completed) throw new SessionNotCompletedError(booking.status);
      const ev = await m.getRepository(EvaluationEntity).findOneBy({ bookingId: booking.id });
      if (ev?.studentSeenAt) throw new SelfAssessmentClosedError();
      if (await m.getRepository(SelfAssessmentEntity).existsBy({ bookingId: booking.id })) throw new AlreadySelfAssessedError();
      const rubric = ev ? await this.rubrics.version(ev.rubricVersionId, m) : await this.rubrics.currentForSessionType(booking.sessionTypeId, m);
      const scores = checkScores(rubric, input.scores);
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

  /** A session's self-assessment, for the session's parties and staff. */
  async forBooking(actor: AuthUser, bookingId: string): Promise<SelfAssessmentModel | null> {
    const booking = await this.sessions.session(bookingId);
    if (!booking) throw new NotFoundError('Session', bookingId);
    this.access.assertBookingParty(actor, booking);
    const self = await this.db.getRepository(SelfAssessmentEntity).findOneBy({ bookingId });
    return self ? toSelfModel(self) : null;
  }

  /** Self-assessments of many sessions (the DataLoader batch); callers apply the parties rule. */
  async byBookings(bookingIds: readonly string[]): Promise<(SelfAssessmentModel | null)[]> {
    const rows = await this.db.getRepository(SelfAssessmentEntity).findBy({ bookingId: In([...bookingIds]) });
    return bookingIds.map((id) => {
      const row = rows.find((r) => r.bookingId === id);
      return row ? toSelfModel(row) : null;
    });
  }
}
