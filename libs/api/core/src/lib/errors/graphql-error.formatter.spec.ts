import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { BadInputError, ConflictError, NotFoundError } from './domain.error';
import { createGraphqlErrorFormatter } from './graphql-error.formatter';

function wrapped(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['op'] });
}

describe('createGraphqlErrorFormatter', () => {
  const format = createGraphqlErrorFormatter();
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('keeps a domain error code, message and details', () => {
    const out = format({ message: 'x' }, wrapped(new BadInputError('email', 'email: must be a valid email address')));
    expect(out.message).toBe('email: must be a valid email address');
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('maps conflicts and misses to their codes', () => {
    expect(format({ message: 'x' }, wrapped(new ConflictError('taken'))).extensions?.['code']).toBe('CONFLICT');
    expect(format({ message: 'x' }, wrapped(new NotFoundError('Coach', 'abc'))).message).toBe('Coach abc was not found.');
  });

  it('turns schema validation failures into BAD_USER_INPUT naming the field', () => {
    const out = format(
      { message: 'Field "foo" is not defined by type "SignInInput".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('Field "foo" is not defined by type "SignInInput".'),
    );
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'foo' });
  });

  it('names the variable path of a coercion failure', () => {
    const message = 'Variable "$input" got invalid value 5 at "input.email"; String cannot represent a non string value: 5';
    const out = format({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(out.extensions?.['field']).toBe('input.email');
  });

  it('answers a value the database refused (NOT NULL) as BAD_USER_INPUT, not an internal error', () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const refused = Object.assign(new Error('null value in column "time_zone"'), { driverError: { code: '23502', column: 'time_zone' } });
    const out = format({ message: refused.message, path: ['updateMyProfile'] }, wrapped(refused));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'timeZone', sqlState: '23502' });
  });

  it('hides unexpected errors and their stacks', () => {
    const out = format({ message: 'relation "x" does not exist' }, wrapped(new Error('relation "x" does not exist')));
    expect(out.message).toBe('Something went wrong on our side. Please try again.');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('never passes a stack trace on, whatever Apollo put into the extensions (development included)', () => {
    const withStack = { message: 'x', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['Error: x', '    at y (z.js:1:1)'] } };
    for (const original of [new ConflictError('taken'), new Error('boom'), new GraphQLError('Unknown field')]) {
      const out = format(withStack, wrapped(original));
      expect(out.extensions?.['stacktrace']).toBeUndefined();
      expect(JSON.stringify(out)).not.toMatch(/\bat .+\.(js|ts):\d+/);
    }
  });

  it('keeps the field a validation rule named', () => {
    const out = format(
      { message: 'input.start: must be a real date and time', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', field: 'input.start' } },
      new GraphQLError('input.start: must be a real date and time'),
    );
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.start' });
  });

  it('keeps the persisted-query protocol codes the client reacts to', () => {
    const out = format({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }, new GraphQLError('PersistedQueryNotFound'));
    expect(out).toEqual({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
  });
});
