import { buildSchema, GraphQLScalarType, parse, specifiedRules, validate } from 'graphql';
import { StrictDateTimeScalar } from './date-time.scalar';
import { noSubscriptionsRule, strictLiteralsRule } from './input-rules';

const schema = buildSchema(`
  scalar DateTime
  input Range { from: DateTime!, to: DateTime, days: [DateTime!] }
  type Query { slots(range: Range!, at: DateTime): Int }
`);
Object.assign(schema.getType('DateTime') as GraphQLScalarType, {
  parseValue: StrictDateTimeScalar.parseValue,
  parseLiteral: StrictDateTimeScalar.parseLiteral,
});

function errorsOf(query: string) {
  return validate(schema, parse(query), [...specifiedRules, strictLiteralsRule, noSubscriptionsRule]).map((e) => ({
    message: e.message,
    extensions: e.extensions,
  }));
}

describe('strictLiteralsRule', () => {
  it('lets valid literals through', () => {
    expect(errorsOf(`{ slots(range: { from: "2026-03-02T10:00:00Z", days: ["2026-03-03T10:00:00+01:00"] }, at: "2026-03-02T10:00Z") }`)).toEqual([]);
  });

  it('refuses each bad literal once, BAD_USER_INPUT naming its path', () => {
    const errors = errorsOf(`{ slots(range: { from: "2026-02-30T10:00:00Z", to: 5, days: ["2026-03-03T10:00:00"] }, at: ["x"]) }`);
    expect(errors.map((e) => e.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'range.from' },
      { code: 'BAD_USER_INPUT', field: 'range.to' },
      { code: 'BAD_USER_INPUT', field: 'range.days' },
      { code: 'BAD_USER_INPUT', field: 'at' },
    ]);
    expect(errors[0].message).toBe('range.from: must be a real date and time (2026-02-30T10:00:00Z does not exist)');
  });

  it('checks variable defaults, named by the variable', () => {
    expect(errorsOf(`query($at: DateTime = "2026-13-01T00:00:00Z") { slots(range: { from: "2026-03-02T10:00:00Z" }, at: $at) }`)).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'at' } }),
    ]);
  });
});

describe('noSubscriptionsRule', () => {
  it('refuses a subscription as bad input', () => {
    expect(errorsOf(`subscription { slots(range: { from: "2026-03-02T10:00:00Z" }) }`)).toContainEqual(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'subscription' } }),
    );
  });
});
