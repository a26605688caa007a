import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@debrief/api/core';
import { SessionDirectoryService, SessionFacts } from '@debrief/api/scheduling';
import { DataSource } from 'typeorm';
import { nextPhase, phaseEndsAt, phasePlan } from '../clock/room-clock';
import { PracticeCollabServer, PRACTICE_WS_PATH } from '../collab/practice-collab.server';
import { ensureRoom, PracticeDocumentStore } from '../collab/practice-document.store';
import { PracticeAccess, RoomEntry } from '../practice.access';
import { PracticeLanguage, PracticePad, PracticePhase } from '../practice.enums';
import { ClockMovedError } from '../practice.errors';
import { PracticeReviewService } from '../review/practice-review.service';
import { PracticeQuestionEntity } from './practice-question.entity';
import { PracticeRoomEntity } from './practice-room.entity';
import { AdvancePracticeClockInput, AskPracticeQuestionInput, SetPracticeLanguageInput, SetPracticeRecordingInput } from './practice-room.input';
import { PracticeRoomModel } from './practice-room.model';

/** The practice room's reads and writes; every one goes through practice.access first. */
@Injectable()
export class PracticeRoomService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionDirectoryService,
    private readonly access: PracticeAccess,
    private readonly store: PracticeDocumentStore,
    private readonly collab: PracticeCollabServer,
    private readonly reviews: PracticeReviewService,
  ) {}

  async room(actor: AuthUser, sessionId: string): Promise<PracticeRoomModel> {
    const { session, entry } = await this.enter(actor, sessionId);
    const now = new Date();
    const isOpen = this.access.isOpen(entry, now);
    const started = now >= entry.opensAt;
    const row = await this.db.getRepository(PracticeRoomEntity).findOneBy({ bookingId: sessionId });
    const questions = started ? await this.db.getRepository(PracticeQuestionEntity).find({ where: { bookingId: sessionId }, order: { askedAt: 'ASC', id: 'ASC' } }) : [];
    const plan = phasePlan(session.startsAt, session.endsAt, session.interviewMinutes);
    const phase = row?.phase ?? PracticePhase.NotStarted;
    const name = (pad: PracticePad) => this.access.documentName(sessionId, pad);
    return {
      sessionId,
      sessionTypeName: session.sessionTypeName,
      sessionTypeId: session.sessionTypeId,
      category: session.category,
      coachName: session.coachName,
      studentName: session.studentName,
      role: entry.role,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      opensAt: entry.opensAt,
      closesAt: entry.closesAt,
      isOpen,
      serverNow: now,
      live: isOpen
        ? {
            websocketPath: `${PRACTICE_WS_PATH}${sessionId}`,
            readOnly: this.access.isReadOnly(entry),
            documents: {
              code: name(PracticePad.Code),
              notes: name(PracticePad.Notes),
              signal: name(PracticePad.Signal),
              coachNotes: this.access.canOpenPad(entry, PracticePad.CoachNotes) ? name(PracticePad.CoachNotes) : null,
            },
          }
        : null,
      language: row?.language ?? PracticeLanguage.JavaScript,
      clock: { phase, phaseStartedAt: row?.phaseStartedAt ?? null, phaseEndsAt: phaseEndsAt(plan, phase, row?.phaseStartedAt ?? null), plan },
      questions: questions.map((q) => ({ id: q.id, text: q.text, topic: q.topic, company: q.company, askedAt: q.askedAt })),
      recordingUrl: started ? (row?.recordingUrl ?? null) : null,
      code: started ? await this.store.text(name(PracticePad.Code)) : null,
      notes: started ? await this.store.text(name(PracticePad.Notes)) : null,
      selfReview: await this.reviews.forRoom(entry.role, sessionId, session.sessionTypeId, session.endsAt, now),
    };
  }

  /** Moves the clock one phase on, only from the phase the coach saw (a conditional update). */
  async advanceClock(actor: AuthUser, input: AdvancePracticeClockInput): Promise<PracticeRoomModel> {
    const { entry } = await this.enterOpen(actor, input.sessionId);
    this.access.assertCanRun(entry);
    const to = nextPhase(input.from);
    await this.db.transaction(async (m) => {
      await ensureRoom(m, input.sessionId);
      const moved = await m
        .createQueryBuilder()
        .update(PracticeRoomEntity)
        .set({ phase: to, phaseStartedAt: () => 'now()', clockRevision: () => 'clock_revision + 1' })
        .where('booking_id = :id AND phase = :from AND phase <> :done', { id: input.sessionId, from: input.from, done: PracticePhase.Done })
        .execute();
      if (!moved.affected) {
        const current = await m.getRepository(PracticeRoomEntity).findOneByOrFail({ bookingId: input.sessionId });
        throw new ClockMovedError(current.phase);
      }
    });
    return this.changed(actor, input.sessionId, 'clock');
  }

  async askQuestion(actor: AuthUser, input: AskPracticeQuestionInput): Promise<PracticeRoomModel> {
    const { entry } = await this.enterOpen(actor, input.sessionId);
    this.access.assertCanRun(entry);
    await this.db.transaction(async (m) => {
      await ensureRoom(m, input.sessionId);
      await m.getRepository(PracticeQuestionEntity).insert({ bookingId: input.sessionId, text: input.text, topic: input.topic ?? '', company: input.company ?? '', askedBy: actor.id });
    });
    return this.changed(actor, input.sessionId, 'questions');
  }

  async setLanguage(actor: AuthUser, input: SetPracticeLanguageInput): Promise<PracticeRoomModel> {
    const { entry } = await this.enterOpen(actor, input.sessionId);
    this.access.assertParty(entry);
    await this.upsert(input.sessionId, { language: input.language });
    return this.changed(actor, input.sessionId, 'language');
  }

  /** Either party may attach (or remove) the recording link, during the room's window. */
  async setRecording(actor: AuthUser, input: SetPracticeRecordingInput): Promise<PracticeRoomModel> {
    const { entry } = await this.enterOpen(actor, input.sessionId);
    this.access.assertParty(entry);
    await this.upsert(input.sessionId, { recordingUrl: input.url ?? null });
    return this.changed(actor, input.sessionId, 'recording');
  }

  private async upsert(sessionId: string, set: Partial<Pick<PracticeRoomEntity, 'language' | 'recordingUrl'>>): Promise<void> {
    await this.db.transaction(async (m) => {
      await ensureRoom(m, sessionId);
      await m.getRepository(PracticeRoomEntity).update({ bookingId: sessionId }, set);
    });
  }

  private async changed(actor: AuthUser, sessionId: string, what: string): Promise<PracticeRoomModel> {
    await this.collab.signal(sessionId, what);
    return this.room(actor, sessionId);
  }

  private async enter(actor: AuthUser, sessionId: string): Promise<{ session: SessionFacts; entry: RoomEntry }> {
    const session = await this.sessions.facts(sessionId);
    const entry = this.access.enter(actor, session, sessionId);
    return { session: session as SessionFacts, entry };
  }

  private async enterOpen(actor: AuthUser, sessionId: string): Promise<{ session: SessionFacts; entry: RoomEntry }> {
    const found = await this.enter(actor, sessionId);
    this.access.assertOpen(found.entry, new Date());
    return found;
  }
}
