import { Injectable, Logger } from '@nestjs/common';
import { newToken } from '../../sessions/session-token';
import { ProviderSession } from '../../sessions/session.entity';
import { OpenedSession } from '../../sessions/sessions.service';
import { claimValues, SsoAccountsService } from '../sso-accounts.service';
import { SsoRefusal, SsoRefusedError } from '../sso.errors';
import { SsoStateStore } from '../sso-state.store';
import { OidcClient, openIdClient } from './oidc.client';

export interface OidcCallback {
  /** The callback URL as the browser requested it (query string included). */
  url: URL;
  browserSecret: string | undefined;
  userAgent: string | undefined;
}

/** Authorization code flow with PKCE, state and nonce; the pending sign-in is kept in PostgreSQL. */
@Injectable()
export class OidcService {
  private readonly log = new Logger('SSO');

  constructor(
    private readonly client: OidcClient,
    private readonly states: SsoStateStore,
    private readonly accounts: SsoAccountsService,
  ) {}

  get label(): string {
    return this.client.settings.label;
  }

  /** Where to send the browser, and the secret its cookie must carry back. */
  async begin(returnTo: string): Promise<{ authorizationUrl: string; browserSecret: string }> {
    const settings = this.client.settings;
    const lib = await openIdClient();
    const config = await this.client.configuration().catch((error: unknown) => {
      this.log.warn(`OpenID Connect discovery failed: ${(error as Error)?.message}`);
      throw new SsoRefusedError(SsoRefusal.Provider, 'The campus sign-in service cannot be reached. Try again in a moment.');
    });
    const codeVerifier = lib.randomPKCECodeVerifier();
    const state = lib.randomState();
    const nonce = lib.randomNonce();
    const browserSecret = newToken();
    await this.states.save({ protocol: 'oidc', state, nonce, codeVerifier, browserSecret, returnTo });
    const url = lib.buildAuthorizationUrl(config, {
      redirect_uri: this.client.redirectUri,
      scope: settings.scopes,
      code_challenge: await lib.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { authorizationUrl: url.href, browserSecret };
  }

  /** Checks the provider's answer and opens a Debrief session; refusals are SsoRefusedError. */
  async complete(callback: OidcCallback): Promise<OpenedSession & { returnTo: string }> {
    const settings = this.client.settings;
    const params = callback.url.searchParams;
    const pending = await this.states.take('oidc', params.get('state') ?? undefined, callback.browserSecret);
    if (params.get('error')) {
      this.log.warn(`Provider refused the sign-in: ${params.get('error')?.slice(0, 60)}`);
      throw new SsoRefusedError(SsoRefusal.Denied, 'The campus sign-in was cancelled or refused.');
    }
    const lib = await openIdClient();
    const config = await this.client.configuration();
    let claims: Record<string, unknown>;
    let idToken: string | undefined;
    try {
      const tokens = await lib.authorizationCodeGrant(config, callback.url, {
        pkceCodeVerifier: pending.codeVerifier ?? undefined,
        expectedState: params.get('state') ?? undefined,
        expectedNonce: pending.nonce ?? undefined,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims() as Record<string, unknown>;
      idToken = tokens.id_token;
      const userInfo = config.serverMetadata().userinfo_endpoint
        ? ((await lib.fetchUserInfo(config, tokens.access_token, idClaims['sub'] as string)) as Record<string, unknown>)
        : {};
      claims = { ...userInfo, ...idClaims };
    } catch (error) {
      // The library's message names the failed check (e.g. "unexpected JWT aud"), never a token.
      this.log.warn(`OpenID Connect answer refused: ${(error as Error)?.name}: ${(error as Error)?.message?.slice(0, 200)}`);
      throw new SsoRefusedError(SsoRefusal.Provider, 'The campus sign-in answer could not be verified. Start again from the sign-in page.');
    }
    const session = await this.accounts.signIn(
      {
        protocol: 'oidc',
        issuer: config.serverMetadata().issuer,
        subject: String(claims['sub']),
        email: typeof claims['email'] === 'string' ? claims['email'] : undefined,
        emailVerified: !settings.requireEmailVerified || claims['email_verified'] === true,
        name: typeof claims['name'] === 'string' ? claims['name'] : [claims['given_name'], claims['family_name']].filter((v) => typeof v === 'string').join(' ') || undefined,
        roleValues: settings.roleClaim ? claimValues(claims[settings.roleClaim]) : [],
      },
      settings.roleMap,
      callback.userAgent,
      idToken ? { protocol: 'oidc', idToken } : null,
    );
    return { ...session, returnTo: pending.returnTo };
  }

  /**
   * Where to send the browser so the provider ends its own session too (OpenID Connect
   * RP-Initiated Logout: its discovered end_session_endpoint with id_token_hint, coming back to
   * `postLogoutPath`); null when OIDC is off, the provider has no such endpoint or cannot be reached.
   */
  async endSessionUrl(session: ProviderSession, postLogoutPath: string): Promise<string | null> {
    if (session.protocol !== 'oidc' || !this.client.configured) return null;
    const lib = await openIdClient();
    try {
      const config = await this.client.configuration();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return lib.buildEndSessionUrl(config, { id_token_hint: session.idToken, post_logout_redirect_uri: this.client.url(postLogoutPath) }).href;
    } catch (error) {
      this.log.warn(`OpenID Connect sign-out at the provider skipped: ${(error as Error)?.message?.slice(0, 200)}`);
      return null;
    }
  }
}
