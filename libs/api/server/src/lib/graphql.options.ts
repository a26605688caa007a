import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig, createGraphqlErrorFormatter, GraphqlContext } from '@debrief/api/core';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';

/**
 * Code-first schema, built in memory. Hardened from day one: depth, cost, alias, directive and
 * token limits (graphql-armor), no field suggestions, introspection and landing page off in
 * production, stack traces only in development.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: 8 },
    maxAliases: { n: 10 },
    costLimit: { maxCost: 5000 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2000 },
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
    includeStacktraceInErrorResponses: config.env === 'development',
    context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({ req, res }),
    formatError: createGraphqlErrorFormatter({ exposeStack: config.env === 'development' }),
    plugins: [...protection.plugins],
    validationRules: [...protection.validationRules],
  };
}
