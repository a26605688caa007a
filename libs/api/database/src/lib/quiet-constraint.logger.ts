import { Logger } from '@nestjs/common';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** Violations the domain expects and turns into CONFLICT errors: not worth an error log line. */
const EXPECTED = new Set(['23505', '23P01']);

/**
 * TypeORM's log through Nest's logger: failed queries and schema/migration notes, but not the
 * unique and exclusion violations the services catch on purpose; every query when asked.
 */
export class QuietConstraintLogger extends AbstractLogger {
  private readonly nest = new Logger('Database');

  constructor(private readonly everyQuery: boolean) {
    super(everyQuery ? 'all' : ['error', 'warn', 'migration']);
  }

  override logQueryError(error: string | Error, query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    const code = typeof error === 'object' ? (error as { code?: string }).code : undefined;
    if (code && EXPECTED.has(code)) return;
    super.logQueryError(String(error), query, parameters, queryRunner);
  }

  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[]): void {
    for (const m of Array.isArray(message) ? message : [message]) {
      const text = m.type === 'query-error' ? `${String(m.message)} — ${String(m.additionalInfo?.['query'] ?? '')}` : String(m.message);
      if (level === 'error') this.nest.error(text);
      else if (level === 'warn') this.nest.warn(text);
      else if (this.everyQuery || level === 'migration' || level === 'info') this.nest.log(text);
    }
  }
}
