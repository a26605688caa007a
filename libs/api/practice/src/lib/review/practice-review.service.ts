import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SelfReviewJournalService } from '@debrief/api/coaching';
import { AuthUser, BadInputError, ConflictError, ForbiddenError, NotFoundError } from '@debrief/api/core';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { DataSource } from 'typeorm';
import { PracticeAccess } from '../practice.access';
import { PracticeRole } from '../practice.enums';
import { PracticeQuestionEntity } from '../room/practice-question.entity';
import { cleanItems, DEFAULT_CHECKLIST } from './checklist-defaults';
import { PracticeChecklistEntity } from './practice-checklist.entity';
import { SetPracticeChecklistInput, SubmitPracticeSelfReviewInput } from './practice-review.input';
import { PracticeChecklistModel, PracticeSelfReviewModel } from './practice-review.model';

/**
 * The self-review: each session type's checklist (staff edit it), worked by the session's student
 * once the session has ended, and kept by coaching as that session's journal entry.
 */
@Injectable()
export class PracticeReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionDirectoryService,
    private readonly access: PracticeAccess,
    private readonly journal: SelfReviewJournalService,
  ) {}

  async checklist(sessionTypeId: string): Promise<PracticeChecklistModel> {
    const type = (await this.sessions.sessionTypes([sessionTypeId])).get(sessionTypeId);
    if (!type) throw new NotFoundError('SessionType', sessionTypeId);
    const row = await this.db.getRepository(PracticeChecklistEntity).findOneBy({ sessionTypeId });
    return { sessionTypeId, items: row?.items ?? [...DEFAULT_CHECKLIST], isDefault: !row };
  }

  /** Staff (the guard's SessionTypesManage) replace a type's checklist. */
  async setChecklist(actor: AuthUser, input: SetPracticeChecklistInput): Promise<PracticeChecklistModel> {
    await this.checklist(input.sessionTypeId);
    const items = cleanItems(input.items);
    if (!items.length) throw new BadInputError('items', 'items: needs at least one item');
    await this.db.getRepository(PracticeChecklistEntity).upsert({ sessionTypeId: input.sessionTypeId, items, updatedBy: actor.id }, ['sessionTypeId']);
    return this.checklist(input.sessionTypeId);
  }

  /** The student's own self-review of the session (null for anyone else in the room). */
  async forRoom(role: PracticeRole, sessionId: string, sessionTypeId: string, endsAt: Date, now: Date): Promise<PracticeSelfReviewModel | null> {
    if (role !== PracticeRole.Student) return null;
    const [{ items }, worked] = await Promise.all([this.checklist(sessionTypeId), this.journal.forSession(sessionId)]);
    return {
      sessionId,
      items,
      open: now >= endsAt,
      done: (worked?.checklist ?? []).filter((m) => m.done).map((m) => m.item),
      workedAt: worked?.createdAt ?? null,
    };
  }

  async submit(actor: AuthUser, input: SubmitPracticeSelfReviewInput): Promise<PracticeSelfReviewModel> {
    const session = await this.sessions.facts(input.sessionId);
    const entry = this.access.enter(actor, session, input.sessionId);
    if (entry.role !== PracticeRole.Student || !session) throw new ForbiddenError('Only the student of this session reviews it.');
    const now = new Date();
    if (now < session.endsAt) throw new ConflictError('The self-review opens when the session has ended.', { reason: 'SESSION_NOT_ENDED', at: session.endsAt.toISOString() });
    const { items } = await this.checklist(session.sessionTypeId);
    const done = new Set(input.done.map((d) => d.trim()));
    const unknown = [...done].filter((d) => !items.includes(d));
    if (unknown.length) throw new BadInputError('done', `done: not on this session's checklist: ${unknown.join(', ')}`);
    const asked = await this.db.getRepository(PracticeQuestionEntity).find({ where: { bookingId: input.sessionId }, order: { askedAt: 'ASC', id: 'ASC' } });
    await this.journal.record(actor, {
      bookingId: input.sessionId,
      practisedOn: dayIn(actor.timeZone, session.startsAt),
      practised: `Practice session: ${session.sessionTypeName} with ${session.coachName}${input.note ? ` — ${input.note}` : ''}`,
      questionsMet: [...new Set(asked.map((q) => q.text))].join('\n'),
      checklist: items.map((item) => ({ item, done: done.has(item) })),
    });
    return (await this.forRoom(PracticeRole.Student, input.sessionId, session.sessionTypeId, session.endsAt, now)) as PracticeSelfReviewModel;
  }
}

/** YYYY-MM-DD of an instant in a time zone. */
function dayIn(timeZone: string, at: Date): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  } catch {
    return at.toISOString().slice(0, 10);
  }
}
