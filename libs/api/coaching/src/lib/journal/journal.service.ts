import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, BadInputError } from '@debrief/api/core';
import { CONFIDENCE_SCALE } from '@debrief/shared/domain';
import { DataSource } from 'typeorm';
import { CoachingAccess } from '../coaching.access';
import { assertDate } from '../plans/plans.service';
import { JournalEntryEntity } from './journal-entry.entity';
import { JournalEntryInput } from './journal-entry.input';
import { JournalEntryModel } from './journal-entry.model';

@Injectable()
export class JournalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CoachingAccess,
  ) {}

  async list(actor: AuthUser, studentId: string | null | undefined): Promise<JournalEntryModel[]> {
    const target = await this.access.studentFor(actor, studentId);
    const rows = await this.db.getRepository(JournalEntryEntity).find({ where: { studentId: target }, order: { practisedOn: 'DESC', createdAt: 'DESC' }, take: 200 });
    return rows.map(toModel);
  }

  async add(actor: AuthUser, input: JournalEntryInput): Promise<JournalEntryModel> {
    assertDate('practisedOn', input.practisedOn);
    input.confidence.forEach((c, i) => {
      if (!Number.isInteger(c.level) || c.level < CONFIDENCE_SCALE.min || c.level > CONFIDENCE_SCALE.max) {
        throw new BadInputError(`confidence.${i}.level`, `confidence.${i}.level: must be from ${CONFIDENCE_SCALE.min} to ${CONFIDENCE_SCALE.max}`, { reason: 'SCORE_OUT_OF_SCALE' });
      }
    });
    const saved = await this.db.getRepository(JournalEntryEntity).save(
      this.db.getRepository(JournalEntryEntity).create({
        studentId: actor.id,
        practisedOn: input.practisedOn,
        practised: input.practised,
        questionsMet: input.questionsMet ?? '',
        confidence: input.confidence.map((c) => ({ topic: c.topic, level: c.level })),
      }),
    );
    return toModel(saved);
  }
}

export function toModel(e: JournalEntryEntity): JournalEntryModel {
  return { id: e.id, practisedOn: e.practisedOn, practised: e.practised, questionsMet: e.questionsMet, confidence: e.confidence, bookingId: e.bookingId ?? null, checklist: e.checklist ?? [], createdAt: e.createdAt };
}
