import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@debrief/api/identity';
import { Specialty } from '@debrief/shared/domain';
import { DataSource } from 'typeorm';
import { BookingStatus } from '../scheduling.enums';
import { SessionTypeEntity } from '../session-types/session-type.entity';
import { BookingEntity } from './booking.entity';

/** What another domain may know about a session: its parties, type, times and state. */
export interface SessionFacts {
  id: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  coachId: string;
  coachName: string;
  studentId: string;
  studentName: string;
  sessionTypeId: string;
  sessionTypeName: string;
  category: Specialty;
  /** The interview part of the session type (null: the type does not split it). */
  interviewMinutes: number | null;
}

/**
 * The scheduling domain's read port for other domains (the practice room): one query by id, no
 * access decision (the caller applies its own rule to the parties it gets back).
 */
@Injectable()
export class SessionFactsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: UserDirectoryService,
  ) {}

  /** Scheduling reads its own tables; the parties' names come from identity's read interface. */
  async find(id: string): Promise<SessionFacts | null> {
    const booking = await this.db.getRepository(BookingEntity).findOneBy({ id });
    if (!booking) return null;
    const type = await this.db.getRepository(SessionTypeEntity).findOneByOrFail({ id: booking.sessionTypeId });
    const name = await this.people.names([booking.coachId, booking.studentId]);
    return {
      id: booking.id,
      status: booking.status,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      coachId: booking.coachId,
      coachName: name(booking.coachId),
      studentId: booking.studentId,
      studentName: name(booking.studentId),
      sessionTypeId: type.id,
      sessionTypeName: type.name,
      category: type.category,
      interviewMinutes: type.interviewMinutes,
    };
  }
}
