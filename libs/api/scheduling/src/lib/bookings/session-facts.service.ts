import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Specialty } from '@debrief/shared/domain';
import { DataSource } from 'typeorm';
import { BookingStatus } from '../scheduling.enums';
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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(id: string): Promise<SessionFacts | null> {
    const row = await this.db
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .innerJoin('b.sessionType', 't')
      .innerJoin('b.coach', 'c')
      .innerJoin('b.student', 's')
      .select(['b.id AS id', 'b.status AS status', 'b.starts_at AS "startsAt"', 'b.ends_at AS "endsAt"'])
      .addSelect(['c.id AS "coachId"', 'c.name AS "coachName"', 's.id AS "studentId"', 's.name AS "studentName"'])
      .addSelect(['t.id AS "sessionTypeId"', 't.name AS "sessionTypeName"', 't.category AS category', 't.interview_minutes AS "interviewMinutes"'])
      .where('b.id = :id', { id })
      .getRawOne<SessionFacts>();
    return row ? { ...row, startsAt: new Date(row.startsAt), endsAt: new Date(row.endsAt) } : null;
  }
}
