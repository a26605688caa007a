/**
 * fast-check arbitraries for GraphQL input types, read from the served schema: for every argument
 * the values a careless or hostile client sends (control characters, NUL, lone surrogates, huge
 * strings, boundary numbers, impossible dates and zones, unknown or garbage ids, wrong enum values,
 * wrong types, missing required fields, unknown fields), mixed with plausible ones so that some
 * calls get past the first check and reach the services and the database.
 */
import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Over the body limit on purpose: the answer must be 413, not a crash. */
export const ONE_MEGABYTE = 'x'.repeat(1024 * 1024);
/** Under the body limit: reaches the validation and, where nothing caps it, the database. */
const LARGE = 'é'.repeat(20_000);

const HOSTILE_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udfff', '\udc00\ud800', '\u0001\u0007\u001b[31m\u007f', '\u202eevil',
  '\ufeff', '\r\n\t', "'; DROP TABLE users; --", '%_\\', '<script>alert(1)</script>', '{{7*7}}', '../../etc/passwd',
  'null', 'undefined', 'NaN', '-1', '1e309', 'Zoë "Zed" Müller', '😀'.repeat(50), LARGE, ONE_MEGABYTE,
];
const PLAUSIBLE_STRINGS = [
  'student@debrief.example', 'coach@debrief.example', 'someone@example.org', 'debrief-demo', 'a-long-enough-password',
  'America/Chicago', 'Europe/Berlin', 'Mars/Olympus', 'UTC', '2026-03-02', '2031-02-30', '2031-13-01', '0000-01-01',
  '9999-12-31', '2031-01-06T09:00:00Z', 'https://example.org/x', 'javascript:alert(1)', 'Résumé review', 'x',
];
const DATE_TIMES = [
  '2031-01-06T09:00:00Z', '2031-01-06T09:00:00-06:00', '2026-03-08T02:30:00-06:00', '2031-02-30T10:00:00Z',
  '2031-13-01T00:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z', '2031-01-06T09:00:00', '2031-01-06', '2031-01-06T24:00:00Z', '2031-01-06T09:00:00+25:00',
  '1970-01-01T00:00:00Z', 'now', '', 1925000000000, 0, -1,
];
const INTS = [0, 1, -1, 2, 7, 15, 30, 59, 60, 1440, 10_000, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53), -0, 1e308, 0.5];
const FLOATS = [0, -0, 0.1, 1.5, -1.5, 2 ** 53, 1e308, -1e308, 5e-324, 1e-7, 100.000001];
const GARBAGE_IDS = ['', 'x', '1', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '../x', '1 OR 1=1', 'a\u0000b'];

/** Any JSON value: what a client that ignores the schema sends. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1.5, '', 'x', [], {}, [null], { a: 1 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Raw UTF-16 code units, so NUL, control characters and lone surrogates come up. */
const codeUnitString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 24 });

export interface FuzzContext {
  /** Ids of real records (users, session types, bookings, workshops…) so some calls get past NOT_FOUND. */
  knownIds: string[];
}

function scalar(name: string, ctx: FuzzContext): fc.Arbitrary<unknown> {
  switch (name) {
    case 'String':
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
        { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_STRINGS) },
        { weight: 2, arbitrary: codeUnitString },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
      );
    case 'ID':
      return fc.oneof(
        { weight: 3, arbitrary: ctx.knownIds.length ? fc.constantFrom(...ctx.knownIds) : fc.uuid() },
        { weight: 2, arbitrary: fc.uuid() },
        { weight: 2, arbitrary: fc.constantFrom(...GARBAGE_IDS) },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
      );
    case 'Int':
      return fc.oneof(fc.constantFrom(...INTS), fc.integer());
    case 'Float':
      return fc.oneof(fc.constantFrom(...FLOATS), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom<unknown>(...DATE_TIMES) },
        { weight: 2, arbitrary: fc.date({ min: new Date('1899-06-01T00:00:00Z'), max: new Date('2201-06-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()) },
      );
    default:
      return fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom(...PLAUSIBLE_STRINGS));
  }
}

/** Values for `type`: mostly of the right shape, sometimes of the wrong one. */
export function valueFor(type: GraphQLInputType, ctx: FuzzContext, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 20, arbitrary: valueFor(type.ofType, ctx, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const right = rightShape(type, ctx, depth);
  return fc.oneof({ weight: 14, arbitrary: right }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrongType });
}

function rightShape(type: GraphQLInputType, ctx: FuzzContext, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return rightShape(type.ofType, ctx, depth);
  if (isListType(type)) {
    const item = valueFor(type.ofType, ctx, depth + 1);
    return fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: depth > 2 ? 1 : 4 }) }, { weight: 1, arbitrary: item });
  }
  if (isEnumType(type)) {
    return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value as unknown)) }, { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', 'student', '') });
  }
  if (isScalarType(type)) return scalar(type.name, ctx);
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, ctx, depth + 1)]));
    const requiredKeys = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    const record = fc.record(model, { requiredKeys });
    return fc.oneof(
      { weight: 12, arbitrary: record },
      // a required field left out
      { weight: 1, arbitrary: record.chain((r) => (requiredKeys.length ? fc.constantFrom(...requiredKeys).map((k) => omit(r, k)) : fc.constant(r))) },
      // a field the type does not declare
      { weight: 1, arbitrary: record.map((r) => ({ ...r, notAField: 'x' })) },
    );
  }
  return wrongType;
}

function omit(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

/** Variables for one call: each argument, sometimes a required one left out. */
export function argumentsFor(args: readonly GraphQLArgument[], ctx: FuzzContext): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(args.map((a, i) => [`a${i}`, valueFor(a.type, ctx)]));
  const requiredKeys = args.flatMap((a, i) => (isNonNullType(a.type) && a.defaultValue === undefined ? [`a${i}`] : []));
  return fc.record(model, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
}
