import { ErrorCode } from '@debrief/shared/domain';
import { ASTVisitor, getNamedType, getNullableType, GraphQLError, isListType, Kind, ValidationContext, ValueNode } from 'graphql';
import { dateTimeLiteralProblem, StrictDateTimeScalar } from './date-time.scalar';

/** Scalars whose literal values are checked here, by name, with the reason a value is refused. */
const STRICT_LITERALS: Record<string, (node: ValueNode) => string | undefined> = {
  [StrictDateTimeScalar.name]: dateTimeLiteralProblem,
};

const VALUE_KINDS = new Set<string>([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.ENUM, Kind.LIST, Kind.OBJECT]);

/**
 * Refuses literal values of the strict scalars (see StrictDateTimeScalar) with BAD_USER_INPUT
 * naming the argument path (`input.start`), the same path graphql-js names for a variable.
 */
export function strictLiteralsRule(context: ValidationContext): ASTVisitor {
  const path: string[] = [];
  // A visitor function's return value edits the document, so these must return nothing.
  const enter = (name: string): void => {
    path.push(name);
  };
  const leave = (): void => {
    path.pop();
  };
  return {
    Argument: { enter: (node) => enter(node.name.value), leave },
    ObjectField: { enter: (node) => enter(node.name.value), leave },
    VariableDefinition: { enter: (node) => enter(node.variable.name.value), leave },
    enter(node) {
      if (!VALUE_KINDS.has(node.kind)) return;
      const expected = context.getInputType();
      const check = expected && STRICT_LITERALS[getNamedType(expected).name];
      if (!check) return;
      // TypeInfo has already stepped into a list: its items are checked one by one.
      if (node.kind === Kind.LIST && isListType(getNullableType(context.getParentInputType()))) return;
      const problem = check(node as ValueNode);
      if (!problem) return;
      const field = path.join('.') || 'input';
      context.reportError(
        new GraphQLError(`${field}: ${problem}`, { nodes: [node], extensions: { code: ErrorCode.BadUserInput, field } }),
      );
      return false; // one error per value: not again for what a wrong list or object holds
    },
  };
}

/** This API serves queries and mutations only; a subscription is the client's mistake, said so. */
export function noSubscriptionsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'subscription') return;
      context.reportError(
        new GraphQLError('This API has no subscriptions; send a query or a mutation.', {
          nodes: [node],
          extensions: { code: ErrorCode.BadUserInput, field: 'subscription' },
        }),
      );
    },
  };
}
