import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { accessSql, positional } from '@debrief/api/core';
import { SessionDirectoryService } from '@debrief/api/scheduling';
import { Specialty } from '@debrief/shared/domain';
import { DataSource } from 'typeorm';
import { CoachingAccess, EVALUATION_ACCESS_COLUMNS } from '../coaching.access';
import { QuestionBankFilter } from './question-bank-filter.input';
import { QuestionBankModel } from './question-bank.model';

/** The bank: questions of SHARED evaluations only (a draft's questions stay with its coach). */
@Injectable()
export class QuestionBankService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionDirectoryService,
    private readonly access: CoachingAccess,
  ) {}

  async browse(filter: QuestionBankFilter | undefined): Promise<QuestionBankModel> {
    const params: unknown[] = [];
    const where = [accessSql(this.access.sharedRule(), 'e', EVALUATION_ACCESS_COLUMNS, positional(params))];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter?.category) add('q.category = ?', filter.category);
    if (filter?.sessionTypeId) add('q.session_type_id = ?', filter.sessionTypeId);
    if (filter?.topic) add('lower(q.topic) = lower(?)', filter.topic);
    if (filter?.company) add('lower(q.company) = lower(?)', filter.company);
    if (filter?.search) add(`q.text ILIKE '%' || ? || '%'`, filter.search.replace(/[\\%_]/g, (c) => `\\${c}`));
    const rows: { id: string; text: string; category: Specialty; session_type_id: string; topic: string; company: string; created_at: Date }[] = await this.db.query(
      `SELECT q.id, q.text, q.category, q.session_type_id, q.topic, q.company, q.created_at
         FROM bank_questions q
         JOIN evaluations e ON e.id = q.evaluation_id
        WHERE ${where.join(' AND ')}
        ORDER BY q.created_at DESC, q.id
        LIMIT 200`,
      params,
    );
    const facetParams: unknown[] = [];
    const facets: { topic: string; company: string }[] = await this.db.query(
      `SELECT DISTINCT q.topic, q.company FROM bank_questions q JOIN evaluations e ON e.id = q.evaluation_id
        WHERE ${accessSql(this.access.sharedRule(), 'e', EVALUATION_ACCESS_COLUMNS, positional(facetParams))}`,
      facetParams,
    );
    const types = await this.sessions.sessionTypes(rows.map((r) => r.session_type_id));
    const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))].sort((a, b) => a.localeCompare(b));
    return {
      questions: rows.map((r) => ({ id: r.id, text: r.text, category: r.category, sessionTypeName: types.get(r.session_type_id)?.name ?? '', topic: r.topic, company: r.company, askedAt: r.created_at })),
      topics: uniq(facets.map((f) => f.topic)),
      companies: uniq(facets.map((f) => f.company)),
    };
  }
}
