import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@debrief/api/core';
import { DataSource, EntityManager } from 'typeorm';
import { EvaluationReadEntity } from '../evaluations/evaluation.entity';

/**
 * The audit trail of evaluation reads: every time anyone but the evaluation's student is handed
 * its content (coach view, lists, progress), one row says who, when, which and through what.
 */
@Injectable()
export class EvaluationAuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async recordReads(actor: AuthUser, evaluations: ReadonlyArray<{ id: string; studentId: string }>, via: string, m: EntityManager = this.db.manager): Promise<void> {
    const rows = evaluations.filter((e) => e.studentId !== actor.id);
    if (rows.length === 0) return;
    await m.getRepository(EvaluationReadEntity).insert(
      rows.map((e) => ({ evaluationId: e.id, studentId: e.studentId, readerId: actor.id, readerRole: actor.role, via })),
    );
  }
}
