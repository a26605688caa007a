import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, NotFoundError } from '@debrief/api/core';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { DataSource } from 'typeorm';
import { CoachingAccess } from '../coaching.access';
import { JournalEntryEntity } from './journal-entry.entity';
import { toModel } from './journal.service';
import { JournalEntryModel } from './journal-entry.model';

export interface SelfReviewEntry {
  bookingId: string;
  /** YYYY-MM-DD, the session's day in the student's zone. */
  practisedOn: string;
  practised: string;
  questionsMet: string;
  checklist: { item: string; done: boolean }[];
}

/**
 * Coaching's published interface for a practice session's self-review: it is kept as the
 * student's journal entry for that session (one per session, replaced when worked again), so it
 * shows in their journal and their progress. Only the session's own student.
 */
@Injectable()
export class SelfReviewJournalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CoachingAccess,
    private readonly sessions: SessionDirectoryService,
  ) {}

  async record(actor: AuthUser, entry: SelfReviewEntry): Promise<JournalEntryModel> {
    const booking = await this.sessions.session(entry.bookingId);
    if (!booking) throw new NotFoundError('Session', entry.bookingId);
    this.access.assertOwnSession(actor, booking);
    // One entry per session: the unique booking_id decides between two tabs' saves.
    const rows: JournalEntryEntity[] = await this.db
      .createQueryBuilder()
      .insert()
      .into(JournalEntryEntity)
      .values({ studentId: actor.id, bookingId: entry.bookingId, practisedOn: entry.practisedOn, practised: entry.practised, questionsMet: entry.questionsMet, checklist: entry.checklist, confidence: [] })
      .orUpdate(['practised_on', 'practised', 'questions_met', 'checklist'], ['booking_id'])
      .execute()
      .then(() => this.db.getRepository(JournalEntryEntity).findBy({ bookingId: entry.bookingId }));
    return toModel(rows[0]);
  }

  /** The session's self-review as its student worked it (null before), for the room's own access rule. */
  async forSession(bookingId: string): Promise<JournalEntryModel | null> {
    const row = await this.db.getRepository(JournalEntryEntity).findOneBy({ bookingId });
    return row ? toModel(row) : null;
  }
}
