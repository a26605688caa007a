import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLSchema, isObjectType, isInterfaceType, lexicographicSortSchema, printType } from 'graphql';
import { startApi, TestApi } from '../support/api';
import { introspectSchema } from '../support/schema';

/** The committed contract the portal generates its types from. */
const CONTRACT = join(__dirname, '..', '..', '..', 'api', 'schema.graphql');

function printedTypes(schema: GraphQLSchema): Map<string, string> {
  const sorted = lexicographicSortSchema(schema);
  return new Map(
    Object.values(sorted.getTypeMap())
      .filter((t) => !t.name.startsWith('__'))
      .map((t) => [t.name, printType(t)]),
  );
}

describe('served GraphQL schema', () => {
  let api: TestApi;
  let served: GraphQLSchema;

  beforeAll(async () => {
    api = await startApi();
    served = await introspectSchema(api, api.agent());
  });

  afterAll(async () => {
    await api?.close();
  });

  it('is the committed apps/api/schema.graphql', () => {
    const contract = printedTypes(buildSchema(readFileSync(CONTRACT, 'utf8')));
    const actual = printedTypes(served);
    const differences: Record<string, { contract?: string; served?: string }> = {};
    for (const name of new Set([...contract.keys(), ...actual.keys()])) {
      if (contract.get(name) !== actual.get(name)) {
        differences[name] = { contract: contract.get(name), served: actual.get(name) };
      }
    }
    expect(differences).toEqual({});
  });

  it('exposes no password, hash, secret or token field on any output type', () => {
    const outputFields = Object.values(served.getTypeMap())
      .filter((t) => (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__'))
      .flatMap((t) => Object.keys((t as { getFields(): Record<string, unknown> }).getFields()).map((f) => `${t.name}.${f}`));
    expect(outputFields).toContain('User.email');
    expect(outputFields.filter((name) => /password|passwd|hash|secret|token|salt/i.test(name))).toEqual([]);
  });
});
