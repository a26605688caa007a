import { Logger } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { MetricsService } from './metrics.service';

interface Context {
  req?: { id?: unknown };
}

/**
 * Per GraphQL request: its duration into the metrics, labelled by the operation's root fields
 * (bounded by the schema, unlike client-chosen operation names) and the outcome code; and the
 * request id in every error's extensions, so a user's report leads to the log lines; and a debug
 * line per operation (its label, outcome and duration; never variables).
 */
@Plugin()
export class GraphqlObserverPlugin implements ApolloServerPlugin<Context> {
  private readonly log = new Logger('GraphQL');

  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
    const started = process.hrtime.bigint();
    let operation = 'invalid';
    const metrics = this.metrics;
    const log = this.log;
    return {
      async didResolveOperation(ctx) {
        operation = label(ctx.operation);
      },
      async willSendResponse(ctx: GraphQLRequestContext<Context>) {
        const body = ctx.response.body;
        const single = body?.kind === 'single' ? body.singleResult : undefined;
        const errors = single?.errors;
        const code = errors?.length ? String(errors[0].extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR') : 'OK';
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        metrics.observeGraphql(operation, code, seconds);
        log.debug(`${operation}: ${code} in ${Math.round(seconds * 1000)} ms`);
        const requestId = ctx.contextValue?.req?.id;
        if (single && errors?.length && typeof requestId === 'string') {
          single.errors = errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId } }));
        }
      },
    };
  }
}

function label(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'invalid';
  const fields = operation.selectionSet.selections
    .map((s) => (s.kind === 'Field' ? s.name.value : '…'))
    .filter((name) => name !== '__typename');
  const unique = [...new Set(fields)].sort();
  return `${operation.operation} ${unique.slice(0, 4).join(',')}${unique.length > 4 ? ',…' : ''}`;
}
