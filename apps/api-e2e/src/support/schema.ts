/**
 * Reads the served schema through introspection and builds type-valid dummy calls for every
 * query and mutation, so the access checks cover operations nobody remembered to list.
 */
import { randomUUID } from 'node:crypto';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  IntrospectionQuery,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import type { Agent, TestApi } from './api';

export type RootType = 'Query' | 'Mutation';

export interface Operation {
  parent: RootType;
  field: string;
}

export async function introspectSchema(api: TestApi, agent: Agent): Promise<GraphQLSchema> {
  const res = await api.gql<IntrospectionQuery>(agent, getIntrospectionQuery());
  if (res.errors?.length || !res.data) {
    throw new Error(`Introspection failed: ${JSON.stringify(res.errors ?? res)}`);
  }
  return buildClientSchema(res.data);
}

export function rootFields(schema: GraphQLSchema, parent: RootType): GraphQLField<unknown, unknown>[] {
  const type = parent === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return type ? Object.values(type.getFields()) : [];
}

export function operations(schema: GraphQLSchema): Operation[] {
  return (['Query', 'Mutation'] as const).flatMap((parent) =>
    rootFields(schema, parent).map((f) => ({ parent, field: f.name })),
  );
}

/** A value of `type` that passes GraphQL's own coercion (not necessarily the API's validation). */
export function dummyValue(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType, depth);
  if (isListType(type)) return [dummyValue(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    if (depth > 5) return null;
    return Object.fromEntries(
      Object.values(type.getFields()).map((f) => [f.name, dummyValue(f.type, depth + 1)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'String':
        return 'x';
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return false;
      case 'DateTime':
        return new Date(Date.UTC(2030, 0, 15, 9, 30)).toISOString();
      default:
        return 'x';
    }
  }
  throw new Error(`No dummy value for ${String(type)}`);
}

/** `query Op($a0: T!) { field(a: $a0) { __typename } }` with dummy variables for every argument. */
export function dummyCall(
  parent: RootType,
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const args = field.args as readonly GraphQLArgument[];
  const definitions = args.map((a, i) => `$a${i}: ${String(a.type)}`).join(', ');
  const passed = args.map((a, i) => `${a.name}: $a${i}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const keyword = parent === 'Query' ? 'query' : 'mutation';
  const query =
    `${keyword} Walk${definitions ? `(${definitions})` : ''} ` +
    `{ ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  const variables = Object.fromEntries(args.map((a, i) => [`a${i}`, dummyValue(a.type)]));
  return { query, variables };
}
