import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { Public } from '@debrief/api/core';
import type { Request, Response } from 'express';
import { SessionCookie } from '../sessions/session-cookie';
import { SessionsService } from '../sessions/sessions.service';
import { OidcService } from './oidc/oidc.service';

/** Where the browser lands once signed out (the provider sends it back here too). */
export const SIGNED_OUT_PATH = '/sign-in';

/**
 * POST /auth/sign-out, the portal's "Sign out" (a form, so the browser itself follows the
 * redirects): ends the Debrief session, then, for a session opened through OpenID Connect, sends
 * the browser to the provider's end_session_endpoint so the campus session ends too, and back to
 * the sign-in page. A POST with the SameSite=Lax cookie: another site cannot sign anyone out.
 * (The GraphQL `signOut` mutation ends the Debrief session only.)
 */
@Controller('auth')
export class SignOutController {
  constructor(
    private readonly cookie: SessionCookie,
    private readonly sessions: SessionsService,
    private readonly oidc: OidcService,
  ) {}

  @Post('sign-out')
  @Public()
  @HttpCode(303)
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.cookie.read(req);
    const provider = token ? await this.sessions.revokeToken(token) : null;
    this.cookie.clear(res);
    const atProvider = provider ? await this.oidc.endSessionUrl(provider, SIGNED_OUT_PATH) : null;
    res.set('Cache-Control', 'no-store').redirect(303, atProvider ?? SIGNED_OUT_PATH);
  }
}
