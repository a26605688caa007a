import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, NotFoundError } from '@debrief/api/core';
import { BookingStatus, SessionDirectoryService } from '@debrief/api/scheduling';
import { EvaluationStatus, Specialty } from '@debrief/shared/domain';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { CoachingAccess } from '../coaching.access';
import { AlreadyEvaluatedError, AlreadySharedError, SessionNotCompletedError } from '../coaching.errors';
import { BankQuestionEntity } from '../questions/bank-question.entity';
import { RubricsService } from '../rubrics/rubrics.service';
import { EvaluationSharedNotifier } from './evaluation-shared.notifier';
import { EvaluationEntity, EvaluationRevisionEntity, EvaluationScoreEntity, StarEntryEntity } from './evaluation.entity';
import { CreateEvaluationInput, EvaluationContentInput, UpdateEvaluationInput } from './evaluation.inputs';
import { EvaluationMapper } from './evaluation.mapper';
import { CoachEvaluationModel } from './evaluation.models';
import { assertComplete, EvaluationContent, validateContent } from './evaluation.validation';

/** What a new evaluation copies from its booking. */
interface DraftBooking {
  id: string;
  coachId: string;
  studentId: string;
  sessionTypeId: string;
  startsAt: Date;
}

/** The part of an evaluation the practice room's live pane writes. */
export type LiveContent = Pick<EvaluationContentInput, 'scores' | 'starEntries' | 'questions' | 'privateNotes'>;

/**
 * Writing evaluations: once per completed booking by its coach (or staff), edited with history,
 * shared with the student (who is emailed, without private notes). Each write answers with the
 * model it wrote, unaudited: the read audit records people reading, not authors writing.
 */
@Injectable()
export class EvaluationWritesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CoachingAccess,
    private readonly rubrics: RubricsService,
    private readonly notifier: EvaluationSharedNotifier,
    private readonly sessions: SessionDirectoryService,
    private readonly mapper: EvaluationMapper,
  ) {}

  async create(actor: AuthUser, input: CreateEvaluationInput): Promise<CoachEvaluationModel> {
    try {
      return await this.db.transaction(async (m) => {
        const booking = await this.sessions.session(input.bookingId, m, { lock: true });
        if (!booking) throw new NotFoundError('Session', input.bookingId);
        this.access.assertCanEvaluate(actor, booking);
        if (booking.status !== BookingStatus.Completed) throw new SessionNotCompletedError(booking.status);
        const existing = await m.getRepository(EvaluationEntity).findOneBy({ bookingId: booking.id });
        if (existing) throw new AlreadyEvaluatedError(existing.id);
        return this.model(actor, await this.insert(m, actor, booking, input, 'CREATED'), m);
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

  /**
   * The draft written live from the practice room, as the coach types: from the room's opening
   * (the session need not be completed yet: the caller checks the room's window), created on the
   * first save and replaced on the next ones. A shared evaluation is not touched (CONFLICT);
   * sharing still waits for the session to be completed.
   */
  async saveDraft(actor: AuthUser, bookingId: string, live: LiveContent): Promise<EvaluationEntity> {
    return this.db.transaction(async (m) => {
      // The booking's row lock orders concurrent saves (two tabs): the second sees the first's draft.
      const booking = await this.sessions.session(bookingId, m, { lock: true });
      if (!booking) throw new NotFoundError('Session', bookingId);
      this.access.assertCanEvaluate(actor, booking);
      if (booking.status !== BookingStatus.Booked && booking.status !== BookingStatus.Completed) throw new SessionNotCompletedError(booking.status);
      const existing = await m.getRepository(EvaluationEntity).findOne({ where: { bookingId }, lock: { mode: 'pessimistic_write' } });
      // What the room's pane does not hold stays as the evaluation page wrote it.
      const input: EvaluationContentInput = {
        ...live,
        strengths: existing?.strengths ?? '',
        areasForImprovement: existing?.areasForImprovement ?? [],
        recommendation: existing?.recommendation ?? null,
      };
      if (!existing) return this.insert(m, actor, booking, input, 'LIVE');
      if (existing.status === EvaluationStatus.Shared) throw new AlreadySharedError(existing.id);
      return this.replace(m, actor, existing, input, 'LIVE');
    });
  }

  async update(actor: AuthUser, input: UpdateEvaluationInput): Promise<CoachEvaluationModel> {
    return this.db.transaction(async (m) => {
      const ev = await this.lockForEdit(m, actor, input.evaluationId);
      return this.model(actor, await this.replace(m, actor, ev, input, 'EDITED'), m);
    });
  }

  /** Draft → shared; the student's email is queued in the same transaction (no scores, no private notes). */
  async share(actor: AuthUser, evaluationId: string): Promise<CoachEvaluationModel> {
    return this.db.transaction(async (m) => {
      const ev = await this.lockForEdit(m, actor, evaluationId);
      if (ev.status === EvaluationStatus.Shared) return this.model(actor, ev, m);
      const rubric = await this.rubrics.version(ev.rubricVersionId, m);
      // A draft may be held from the practice room's opening; it is shared once the session is completed.
      const booking = await this.sessions.session(ev.bookingId, m);
      if (booking && booking.status !== BookingStatus.Completed) throw new SessionNotCompletedError(booking.status);
      const scores = await m.getRepository(EvaluationScoreEntity).findBy({ evaluationId: ev.id });
      const entries = await m.getRepository(StarEntryEntity).countBy({ evaluationId: ev.id });
      assertComplete(rubric, scores, entries);
      await m.getRepository(EvaluationEntity).update({ id: ev.id }, { status: EvaluationStatus.Shared, sharedAt: new Date(), revision: ev.revision + 1 });
      const shared = await this.snapshot(m, ev.id, actor, 'SHARED');
      await this.notifier.shared(m, ev.id);
      return this.model(actor, shared, m);
    });
  }

  private async insert(m: EntityManager, actor: AuthUser, booking: DraftBooking, input: EvaluationContentInput, action: string): Promise<EvaluationEntity> {
    const type = await this.sessions.sessionType(booking.sessionTypeId, m);
    if (!type) throw new NotFoundError('SessionType', booking.sessionTypeId);
    const rubric = await this.rubrics.currentFor(type.category, m);
    const content = validateContent(rubric, input);
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
    return this.snapshot(m, ev.id, actor, action);
  }

  /** The evaluation's content replaced by the input, as a new revision kept in its history. */
  private async replace(m: EntityManager, actor: AuthUser, ev: EvaluationEntity, input: EvaluationContentInput, action: string): Promise<EvaluationEntity> {
    const rubric = await this.rubrics.version(ev.rubricVersionId, m);
    const content = validateContent(rubric, input);
    if (ev.status === EvaluationStatus.Shared) assertComplete(rubric, content.scores, content.starEntries.length);
    Object.assign(ev, content.fields, { revision: ev.revision + 1 });
    await m.getRepository(EvaluationEntity).save(ev);
    const type = await this.sessions.sessionType(ev.sessionTypeId, m);
    if (!type) throw new NotFoundError('SessionType', ev.sessionTypeId);
    await m.getRepository(EvaluationScoreEntity).delete({ evaluationId: ev.id });
    await m.getRepository(StarEntryEntity).delete({ evaluationId: ev.id });
    await m.getRepository(BankQuestionEntity).delete({ evaluationId: ev.id });
    await this.writeParts(m, ev, type.category, content);
    return this.snapshot(m, ev.id, actor, action);
  }

  private async model(actor: AuthUser, ev: EvaluationEntity, m: EntityManager): Promise<CoachEvaluationModel> {
    return (await this.mapper.coachModels(actor, [ev], m))[0];
  }

  private async lockForEdit(m: EntityManager, actor: AuthUser, evaluationId: string): Promise<EvaluationEntity> {
    const ev = await m.getRepository(EvaluationEntity).findOne({ where: { id: evaluationId }, lock: { mode: 'pessimistic_write' } });
    if (!ev) throw new NotFoundError('Evaluation', evaluationId);
    this.access.assertCanEvaluate(actor, ev);
    return ev;
  }

  private async writeParts(m: EntityManager, ev: EvaluationEntity, category: Specialty, content: EvaluationContent): Promise<void> {
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

  /** Keeps the evaluation as it now stands in its history, and returns it. */
  private async snapshot(m: EntityManager, evaluationId: string, actor: AuthUser, action: string): Promise<EvaluationEntity> {
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
    return ev;
  }
}
