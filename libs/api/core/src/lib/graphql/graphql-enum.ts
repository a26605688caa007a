import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a shared string enum with GraphQL under its values ("STUDENT"), not its TypeScript
 * keys ("Student"), so the wire format equals what the database and the portal use.
 */
export function graphqlEnum<E extends Record<string, string>>(source: E, name: string, description?: string): { [K in E[keyof E]]: K } {
  const byValue = Object.fromEntries(Object.values(source).map((v) => [v, v])) as { [K in E[keyof E]]: K };
  registerEnumType(byValue, { name, description });
  return byValue;
}
