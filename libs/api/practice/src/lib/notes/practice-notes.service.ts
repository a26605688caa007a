import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LiveEvaluationService } from '@debrief/api/coaching';
import { AuthUser } from '@debrief/api/core';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { DataSource } from 'typeorm';
import { PracticeAccess } from '../practice.access';
import { PracticeQuestionEntity } from '../room/practice-question.entity';
import { SavePracticeNotesInput } from './practice-notes.input';
import { PracticeNotesSavedModel } from './practice-notes.model';

/**
 * The coach's live notes: saved into the session's evaluation draft through coaching's published
 * interface, with the questions given in the room as its "questions asked". Only the session's
 * coach, only while the room is open; nothing of it goes through the room's socket.
 */
@Injectable()
export class PracticeNotesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionDirectoryService,
    private readonly access: PracticeAccess,
    private readonly evaluations: LiveEvaluationService,
  ) {}

  async save(actor: AuthUser, input: SavePracticeNotesInput): Promise<PracticeNotesSavedModel> {
    const entry = this.access.enter(actor, await this.sessions.facts(input.sessionId), input.sessionId);
    this.access.assertOpen(entry, new Date());
    this.access.assertCanRun(entry);
    const asked = await this.db.getRepository(PracticeQuestionEntity).find({ where: { bookingId: input.sessionId }, order: { askedAt: 'ASC', id: 'ASC' } });
    const saved = await this.evaluations.save(actor, input.sessionId, {
      scores: input.scores ?? [],
      starEntries: input.starEntries ?? [],
      questions: uniqueByText(asked).map((q) => ({ text: q.text, topic: q.topic, company: q.company })),
      privateNotes: input.privateNotes ?? '',
    });
    return { sessionId: input.sessionId, evaluationId: saved.evaluationId, revision: saved.revision, savedAt: saved.savedAt };
  }
}

/** A question given twice is asked once. */
function uniqueByText<T extends { text: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((q) => !seen.has(q.text) && seen.add(q.text));
}
