import { Injectable } from '@nestjs/common';
import { Authenticator, AuthUser } from '@debrief/api/core';
import type { Request } from 'express';
import { SessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

/** Resolves a request's user from its session cookie (once per request; the guard caches it). */
@Injectable()
export class SessionAuthenticator extends Authenticator {
  constructor(
    private readonly cookie: SessionCookie,
    private readonly sessions: SessionsService,
  ) {
    super();
  }

  async authenticate(request: Request): Promise<AuthUser | null> {
    const token = this.cookie.read(request);
    return token ? this.sessions.userFor(token) : null;
  }
}
