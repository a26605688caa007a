import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AuthUser } from './auth-user';

export type DebriefRequest = Request & { user?: AuthUser | null };

export interface GraphqlContext {
  req: DebriefRequest;
  res: Response;
}

/** The Express request behind an HTTP or GraphQL execution context. */
export function requestOf(context: ExecutionContext): DebriefRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().req;
  }
  return context.switchToHttp().getRequest<DebriefRequest>();
}
