import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'debrief_session';

/** The session cookie: httpOnly (no script can read it), SameSite=Lax, Secure in production. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  read(request: Request): string | undefined {
    const value = (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
  }

  write(response: Response, token: string, expiresAt: Date): void {
    response.cookie(SESSION_COOKIE, token, { ...this.options(), expires: expiresAt });
  }

  clear(response: Response): void {
    response.clearCookie(SESSION_COOKIE, this.options());
  }

  private options() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.session.cookieSecure, path: '/' };
  }
}
