import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Permission, Role } from '@debrief/shared/domain';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain.error';
import { Public, RequirePermission } from './access.decorators';
import { AccessGuard } from './access.guard';
import { AuthUser } from './auth-user';
import { Authenticator } from './authenticator';
import { RequestLogContext } from './request-log-context';

class Handlers {
  @Public()
  open() {
    return 1;
  }

  @RequirePermission(Permission.UsersManage)
  manage() {
    return 2;
  }

  undeclared() {
    return 3;
  }
}

function user(role: Role): AuthUser {
  return { id: 'u1', role, email: 'x@example.edu', name: 'X', timeZone: 'UTC', sessionId: 's1' };
}

function contextFor(handler: keyof Handlers, request: Record<string, unknown>): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const authenticate = jest.fn<Promise<AuthUser | null>, [unknown]>();
  const guard = new AccessGuard(new Reflector(), { authenticate } as unknown as Authenticator);

  beforeEach(() => authenticate.mockReset());

  it('lets anyone through a public handler and still identifies them', async () => {
    authenticate.mockResolvedValue(null);
    const request: Record<string, unknown> = {};
    await expect(guard.canActivate(contextFor('open', request))).resolves.toBe(true);
    expect(request['user']).toBeNull();
  });

  it('asks a signed-out caller to sign in', async () => {
    authenticate.mockResolvedValue(null);
    await expect(guard.canActivate(contextFor('manage', {}))).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('forbids a role without the permission', async () => {
    authenticate.mockResolvedValue(user(Role.Staff));
    await expect(guard.canActivate(contextFor('manage', {}))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('allows a role with the permission', async () => {
    authenticate.mockResolvedValue(user(Role.Admin));
    await expect(guard.canActivate(contextFor('manage', {}))).resolves.toBe(true);
  });

  it('denies a handler that declares nothing, even to an admin', async () => {
    authenticate.mockResolvedValue(user(Role.Admin));
    await expect(guard.canActivate(contextFor('undeclared', {}))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('authenticates once per request', async () => {
    authenticate.mockResolvedValue(user(Role.Admin));
    const request: Record<string, unknown> = {};
    await guard.canActivate(contextFor('manage', request));
    await guard.canActivate(contextFor('open', request));
    expect(authenticate).toHaveBeenCalledTimes(1);
  });

  it('tells the log context who is signed in, before refusing them, and only once per request', async () => {
    const signedIn = jest.fn();
    const logged = new AccessGuard(new Reflector(), { authenticate } as unknown as Authenticator, { signedIn } as RequestLogContext);
    authenticate.mockResolvedValue(user(Role.Staff));
    const request: Record<string, unknown> = {};
    await expect(logged.canActivate(contextFor('manage', request))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(logged.canActivate(contextFor('open', request))).resolves.toBe(true);
    expect(signedIn).toHaveBeenCalledTimes(1);
    expect(signedIn).toHaveBeenCalledWith(request, expect.objectContaining({ id: 'u1' }));
    authenticate.mockResolvedValue(null);
    await logged.canActivate(contextFor('open', {}));
    expect(signedIn).toHaveBeenCalledTimes(1);
  });
});
