import { BadInputError, ConflictError } from './domain.error';
import { fromDatabaseError } from './database-error.mapping';

/** The shape TypeORM's QueryFailedError has: the pg error under driverError. */
function queryFailed(driverError: Record<string, unknown>) {
  return Object.assign(new Error('query failed'), { name: 'QueryFailedError', driverError, parameters: ['$argon2id$secret'] });
}

describe('fromDatabaseError', () => {
  it('turns a NOT NULL violation into BAD_USER_INPUT naming the column in camelCase', () => {
    const error = fromDatabaseError(queryFailed({ code: '23502', column: 'time_zone', table: 'users' }));
    expect(error).toBeInstanceOf(BadInputError);
    expect(error?.message).toBe('timeZone: must not be empty');
    expect((error as BadInputError).field).toBe('timeZone');
  });

  it('turns refused data (too long, bad text, out of range, a CHECK) into BAD_USER_INPUT', () => {
    for (const code of ['22001', '22P02', '22003', '22P05', '23514']) {
      expect(fromDatabaseError(queryFailed({ code, constraint: 'x_check' }))?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('turns unique and exclusion violations nobody handled into CONFLICT', () => {
    expect(fromDatabaseError(queryFailed({ code: '23505', constraint: 'users_email_key' }))).toBeInstanceOf(ConflictError);
    expect(fromDatabaseError({ code: '23P01', constraint: 'no_overlap' })).toBeInstanceOf(ConflictError);
  });

  it('leaves server faults (a missing relation, a deadlock, a lost connection) and other errors alone', () => {
    for (const code of ['42P01', '40P01', '08006', '57P01']) expect(fromDatabaseError(queryFailed({ code }))).toBeUndefined();
    expect(fromDatabaseError(new Error('boom'))).toBeUndefined();
    expect(fromDatabaseError(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeUndefined();
  });

  it('never copies the statement, its parameters or the detail line', () => {
    const error = fromDatabaseError(queryFailed({ code: '23505', constraint: 'users_email_key', detail: 'Key (email)=(a@b.c) already exists.' }));
    expect(JSON.stringify({ message: error?.message, details: error?.details })).not.toMatch(/a@b\.c|argon2/);
  });
});
