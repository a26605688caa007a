import { Body, Controller, Get, Logger, Post, Query, Req, Res } from '@nestjs/common';
import { DomainError, Public } from '@debrief/api/core';
import type { Request, Response } from 'express';
import { SessionCookie } from '../../sessions/session-cookie';
import { SsoRefusal, SsoRefusedError } from '../sso.errors';
import { safeReturnTo } from '../sso-state.store';
import { SamlService } from './saml.service';

/**
 * GET /auth/saml/metadata (the SP metadata, at a stable URL, also our entityID by default),
 * GET /auth/saml/login → the IdP; POST /auth/saml/acs ← its signed response → the session cookie.
 */
@Controller('auth/saml')
export class SamlController {
  private readonly log = new Logger('SSO');

  constructor(
    private readonly saml: SamlService,
    private readonly cookie: SessionCookie,
  ) {}

  @Get('metadata')
  @Public()
  metadata(@Res() res: Response): void {
    res.type('application/samlmetadata+xml').send(this.saml.metadata());
  }

  @Get('login')
  @Public()
  async login(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    try {
      res.set('Cache-Control', 'no-store').redirect(303, await this.saml.begin(safeReturnTo(returnTo)));
    } catch (error) {
      this.refuse(res, error);
    }
  }

  @Post('acs')
  @Public()
  async acs(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const session = await this.saml.complete(body ?? {}, req.get('user-agent'));
      this.cookie.write(res, session.token, session.expiresAt);
      res.set('Cache-Control', 'no-store').redirect(303, session.returnTo);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  private refuse(res: Response, error: unknown): void {
    if (!(error instanceof DomainError)) this.log.error(`SAML sign-in failed: ${(error as Error)?.stack ?? error}`);
    const reason = error instanceof SsoRefusedError ? error.reason : error instanceof DomainError ? error.code : SsoRefusal.Provider;
    res.set('Cache-Control', 'no-store').redirect(303, `/sign-in?sso=${encodeURIComponent(reason)}`);
  }
}
