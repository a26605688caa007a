import { Logger } from '@nestjs/common';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** Violations the domain expects and turns into CONFLICT errors: not worth an error log line. */
const EXPECTED = new Set(['23505', '23P01']);

/**
 * TypeORM's log through Nest's logger: failed queries and schema/migration notes, but not the
 * unique and exclusion violations the services catch on purpose; every query when asked.
 *
 * A statement's parameters are never written, not even for a failed one: they hold password
 * hashes, session and feed token hashes and coaches' private notes. Only the SQL text (with its
 * $n placeholders) and PostgreSQL's one-line message are logged, never its `detail`, which can
 * repeat the row ("Failing row contains …").
 */
export class QuietConstraintLogger extends AbstractLogger {
  private readonly nest = new Logger('Database');

  constructor(private readonly everyQuery: boolean) {
    super(everyQuery ? 'all' : ['error', 'warn', 'migration']);
  }

  override logQuery(query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    super.logQuery(query, undefined, queryRunner);
  }

  override logQueryError(error: string | Error, query: string): void {
    const code = typeof error === 'object' ? (error as { code?: string }).code : undefined;
    if (code && EXPECTED.has(code)) return;
    const message = typeof error === 'object' ? `${code ? `${code} ` : ''}${error.message}` : String(error);
    this.writeLog('warn', { type: 'query-error', message: `Query failed: ${message} — ${query}` });
  }

  override logQuerySlow(time: number, query: string): void {
    this.writeLog('warn', { type: 'query-slow', message: `Slow query (${time} ms): ${query}` });
  }

  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[]): void {
    for (const m of Array.isArray(message) ? message : [message]) {
      const text = String(m.message);
      if (level === 'error') this.nest.error(text);
      else if (level === 'warn') this.nest.warn(text);
      else if (this.everyQuery || level === 'migration' || level === 'info') this.nest.log(text);
    }
  }
}
