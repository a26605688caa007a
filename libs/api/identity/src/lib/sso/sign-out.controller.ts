import { Controller, Post, Req, Res } from '@nestjs/common';
import { Public } from '@debrief/api/core';
import type { Request, Response } from 'express';
import { SessionCookie } from '../sessions/session-cookie';
import { SessionsService } from '../sessions/sessions.service';
import { OidcService } from './oidc/oidc.service';

/** Where the browser lands once signed out (the provider sends it back here too). */
export const SIGNED_OUT_PATH = '/sign-in';

/**
 * POST /auth/sign-out, the portal's "Sign out": ends the Debrief session, then, for a session
 * opened through OpenID Connect, sends the browser to the provider's end_session_endpoint so the
 * campus session ends too, which sends it back to the sign-in page. A plain form gets a 303 there;
 * the portal asks for JSON (`{ redirectTo }`) and navigates itself, since its CSP's form-action
 * would not let a form's redirect leave the origin. A POST with the SameSite=Lax cookie: another
 * site cannot sign anyone out. (The GraphQL `signOut` mutation ends the Debrief session only.)
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
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.cookie.read(req);
    const provider = token ? await this.sessions.revokeToken(token) : null;
    this.cookie.clear(res);
    const atProvider = provider ? await this.oidc.endSessionUrl(provider, SIGNED_OUT_PATH) : null;
    const redirectTo = atProvider ?? SIGNED_OUT_PATH;
    res.set('Cache-Control', 'no-store');
    if (req.accepts(['html', 'json']) === 'json') res.status(200).json({ redirectTo });
    else res.redirect(303, redirectTo);
  }
}
