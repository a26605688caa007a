import { Controller, Get, Inject, Logger, Query, Req, Res } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, Public } from '@debrief/api/core';
import type { Request, Response } from 'express';
import { SessionCookie } from '../../sessions/session-cookie';
import { SsoRefusal, SsoRefusedError } from '../sso.errors';
import { safeReturnTo, SSO_STATE_TTL_MINUTES } from '../sso-state.store';
import { OidcService } from './oidc.service';

/** Ties the callback to the browser that began the sign-in (sent back on the provider's top-level redirect). */
export const OIDC_BROWSER_COOKIE = 'debrief_oidc';

/**
 * GET /auth/oidc/login → the provider's login page; GET /auth/oidc/callback ← its answer, ending
 * in the normal session cookie and the portal. A refusal lands on the sign-in page with a reason.
 */
@Controller('auth/oidc')
export class OidcController {
  private readonly log = new Logger('SSO');

  constructor(
    private readonly oidc: OidcService,
    private readonly cookie: SessionCookie,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('login')
  @Public()
  async login(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    try {
      const { authorizationUrl, browserSecret } = await this.oidc.begin(safeReturnTo(returnTo));
      res.cookie(OIDC_BROWSER_COOKIE, browserSecret, { ...this.cookieOptions(), maxAge: SSO_STATE_TTL_MINUTES * 60_000 });
      res.set('Cache-Control', 'no-store').redirect(303, authorizationUrl);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  @Get('callback')
  @Public()
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.clearCookie(OIDC_BROWSER_COOKIE, this.cookieOptions());
    try {
      const browserSecret = (req.cookies as Record<string, unknown> | undefined)?.[OIDC_BROWSER_COOKIE];
      const session = await this.oidc.complete({
        url: new URL(req.originalUrl, this.config.publicUrl),
        browserSecret: typeof browserSecret === 'string' ? browserSecret : undefined,
        userAgent: req.get('user-agent'),
      });
      this.cookie.write(res, session.token, session.expiresAt);
      res.set('Cache-Control', 'no-store').redirect(303, session.returnTo);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  private refuse(res: Response, error: unknown): void {
    if (!(error instanceof DomainError)) this.log.error(`OpenID Connect sign-in failed: ${(error as Error)?.stack ?? error}`);
    const reason = error instanceof SsoRefusedError ? error.reason : error instanceof DomainError ? error.code : SsoRefusal.Provider;
    res.set('Cache-Control', 'no-store').redirect(303, `/sign-in?sso=${encodeURIComponent(reason)}`);
  }

  private cookieOptions() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.session.cookieSecure, path: '/auth/oidc' };
  }
}
