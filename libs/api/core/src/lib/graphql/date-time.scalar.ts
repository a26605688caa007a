import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { DATE_TIME_EXAMPLE, dateTimeProblem, parseDateTime } from '../validation/calendar';

/** What a literal that is not a valid date-time parses to; the literal rule refuses it, naming the field. */
const INVALID = new Date(Number.NaN);

/** Why a literal cannot be a DateTime, or undefined when it can. */
export function dateTimeLiteralProblem(node: ValueNode): string | undefined {
  return node.kind === Kind.STRING ? dateTimeProblem(node.value) : `must be ${DATE_TIME_EXAMPLE}`;
}

/**
 * `DateTime`, strict: ISO 8601 with an explicit zone (Z or ±HH:MM), a real calendar day and time,
 * within the platform's years. Replaces Nest's default, which took `new Date(anything)` (numbers,
 * times without a zone, February 30 rolled into March, Invalid Date).
 *
 * A bad variable value throws here (graphql-js names the variable path). A bad literal parses to an
 * invalid marker instead of throwing, because here its position is unknown: `strictLiteralsRule`
 * refuses it with the argument path, so both spellings answer BAD_USER_INPUT naming the field.
 */
export const StrictDateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: `An instant, written as ${DATE_TIME_EXAMPLE}; always answered in UTC.`,
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
    throw new TypeError(`DateTime cannot represent ${String(value)}`);
  },
  parseValue(value) {
    const problem = dateTimeProblem(value);
    // A GraphQLError is used as is: graphql-js prefixes it with the variable path, nothing else.
    if (problem) throw new GraphQLError(problem);
    return parseDateTime(value as string);
  },
  parseLiteral(node) {
    return dateTimeLiteralProblem(node) ? INVALID : parseDateTime((node as { value: string }).value);
  },
});
