import { CanActivate, ExecutionContext, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasPermission, Permission } from '@debrief/shared/domain';
import { MissingPermissionError, UnauthenticatedError } from '../errors/domain.error';
import { PERMISSION_KEY, PUBLIC_KEY } from './access.decorators';
import { Authenticator } from './authenticator';
import { RequestLogContext } from './request-log-context';
import { requestOf } from './request-of';

/**
 * The global guard. Default deny: a handler is reachable only if it is marked @Public() or names
 * the permission it needs with @RequirePermission(); a handler with neither is refused for everyone.
 * Field resolvers are not guarded: their parent operation already was.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    @Optional() private readonly logContext?: RequestLogContext,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = requestOf(context);
    if (request.user === undefined) {
      request.user = await this.authenticator.authenticate(request);
      if (request.user) this.logContext?.signedIn(request, request.user);
    }

    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!request.user) throw new UnauthenticatedError();
    if (!permission || !hasPermission(request.user.role, permission)) throw new MissingPermissionError(permission);
    return true;
  }
}
