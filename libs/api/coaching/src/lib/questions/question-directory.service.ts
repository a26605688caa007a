import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Specialty } from '@debrief/shared/domain';
import { DataSource, EntityManager } from 'typeorm';

/** A question of the bank as other domains may know it (no evaluation, no student, no coach). */
export interface BankQuestion {
  id: string;
  text: string;
  topic: string;
  company: string;
}

/**
 * Coaching's read interface to the question bank for other domains (peer practice gives its
 * interviewers questions from it). Only questions of shared evaluations, like the bank itself.
 */
@Injectable()
export class QuestionDirectoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The oldest shared question of the category whose text is not among `excludeTexts` (the same
   * question is often recorded by several evaluations); null when none is left.
   */
  async pick(category: Specialty, excludeTexts: readonly string[], m: EntityManager = this.db.manager): Promise<BankQuestion | null> {
    const rows: BankQuestion[] = await m.query(
      `SELECT q.id, q.text, q.topic, q.company
         FROM bank_questions q JOIN evaluations e ON e.id = q.evaluation_id
        WHERE e.status = 'SHARED' AND q.category = $1 AND q.text <> ALL($2::text[])
        ORDER BY q.created_at, q.id
        LIMIT 1`,
      [category, [...excludeTexts]],
    );
    return rows[0] ?? null;
  }
}
