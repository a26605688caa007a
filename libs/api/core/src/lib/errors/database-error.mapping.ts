import { BadInputError, ConflictError, DomainError } from './domain.error';

/** What the pg driver (and TypeORM's QueryFailedError, which copies it) reports about a refused statement. */
interface PgErrorFields {
  code?: unknown;
  column?: unknown;
  constraint?: unknown;
  driverError?: PgErrorFields;
}

/** SQLSTATE classes where PostgreSQL refuses the data itself, not the server or the query. */
const INVALID_DATA = new Set([
  '22001', // string_data_right_truncation
  '22003', // numeric_value_out_of_range
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '22021', // character_not_in_repertoire
  '22P02', // invalid_text_representation
  '22P05', // untranslatable_character (U+0000 in jsonb)
  '22023', // invalid_parameter_value
  '23502', // not_null_violation
  '23514', // check_violation
]);
const CONFLICTS = new Set(['23505', '23P01']); // unique_violation, exclusion_violation

const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The database keeps the rules: when one of its constraints or types refuses a value that got past
 * the input validation, the caller still sent something the platform does not accept. That is
 * BAD_USER_INPUT (naming the column) or CONFLICT, never an internal error. Only the code, column
 * and constraint are used: never the statement, its parameters or the detail line (which quote
 * the values).
 */
export function fromDatabaseError(error: unknown): DomainError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const fields = ((error as PgErrorFields).driverError ?? error) as PgErrorFields;
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  if (!code || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  const column = typeof fields.column === 'string' ? camel(fields.column) : undefined;
  const constraint = typeof fields.constraint === 'string' ? fields.constraint : undefined;
  if (CONFLICTS.has(code)) {
    return new ConflictError('That conflicts with something that already exists.', { reason: 'CONSTRAINT', ...(constraint ? { constraint } : {}) });
  }
  if (!INVALID_DATA.has(code)) return undefined;
  const field = column ?? constraint ?? 'input';
  const what = code === '23502' ? 'must not be empty' : code === '22001' ? 'is too long' : 'is not a value the platform accepts';
  return new BadInputError(field, `${field}: ${what}`, { sqlState: code });
}
