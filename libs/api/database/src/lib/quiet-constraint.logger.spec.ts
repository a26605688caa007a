import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { QuietConstraintLogger } from './quiet-constraint.logger';

/** As TypeORM sees it: it calls with the statement's parameters. */
const typeorm = (everyQuery: boolean): TypeOrmLogger => new QuietConstraintLogger(everyQuery);

describe('QuietConstraintLogger', () => {
  const SECRET = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA';
  let lines: string[];

  beforeEach(() => {
    lines = [];
    for (const level of ['log', 'warn', 'error'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => void lines.push(String(args[0])));
    }
  });

  afterEach(() => jest.restoreAllMocks());

  it('logs a failed statement by its SQL and one-line message, never its parameters or detail', () => {
    const error = Object.assign(new Error('new row violates check constraint "x"'), { code: '23514', detail: `Failing row contains (${SECRET})` });
    typeorm(false).logQueryError(error, 'INSERT INTO users (password_hash) VALUES ($1)', [SECRET]);
    expect(lines).toEqual(['Query failed: 23514 new row violates check constraint "x" — INSERT INTO users (password_hash) VALUES ($1)']);
  });

  it('skips the unique and exclusion violations the services expect', () => {
    const logger = typeorm(false);
    logger.logQueryError(Object.assign(new Error('duplicate key'), { code: '23505' }), 'INSERT …', [SECRET]);
    logger.logQueryError(Object.assign(new Error('conflicting key'), { code: '23P01' }), 'INSERT …', [SECRET]);
    expect(lines).toEqual([]);
  });

  it('logs every query without parameters when asked to', () => {
    typeorm(true).logQuery('UPDATE users SET password_hash = $1', [SECRET]);
    expect(lines).toEqual(['UPDATE users SET password_hash = $1']);
  });
});
