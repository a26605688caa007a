import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig, createGraphqlErrorFormatter, GraphqlContext, noSubscriptionsRule, strictLiteralsRule, StrictDateTimeScalar } from '@debrief/api/core';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';

/**
 * Code-first schema, built in memory. Hardened from day one: depth, cost, alias and directive
 * limits (graphql-armor), a token limit in graphql-js's own parser (armor's Apollo plugin re-parses
 * in a hook and turns every syntax error into HTTP 500), no field suggestions, introspection and
 * landing page off in production, no stack trace in any response. `DateTime` is strict (zone
 * required, real dates) and literals of it are refused naming the field; subscriptions are refused
 * as the client error they are.
 */
/** Lexical tokens per document (graphql-js counts them while parsing and stops at the limit). */
const MAX_TOKENS = 2000;

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: 8 },
    maxAliases: { n: 10 },
    costLimit: { maxCost: 5000 },
    maxDirectives: { n: 20 },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.production,
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTimeScalar }] },
    context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({ req, res }),
    formatError: createGraphqlErrorFormatter(),
    // No HTTP caching of GraphQL responses, so no cache-control plugin: Apollo installs it by
    // default and it runs a hook on every resolved field (200 catalog items × 20 fields).
    plugins: [...protection.plugins, ApolloServerPluginCacheControlDisabled()],
    validationRules: [...protection.validationRules, strictLiteralsRule, noSubscriptionsRule],
  };
}
