import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, SamlSpConfig } from '@debrief/api/core';
import { Profile, SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import { DataSource } from 'typeorm';
import { OpenedSession } from '../../sessions/sessions.service';
import { claimValues, SsoAccountsService } from '../sso-accounts.service';
import { SsoNotConfiguredError, SsoRefusal, SsoRefusedError } from '../sso.errors';
import { safeReturnTo, SSO_STATE_TTL_MINUTES } from '../sso-state.store';
import { SamlRequestCache } from './saml-request.cache';

/**
 * SAML 2.0 service provider (node-saml): HTTP-Redirect AuthnRequests, HTTP-POST responses whose
 * assertions must be signed by the configured IdP certificate, for our audience, within their time
 * window, answering a request we made (InResponseTo, kept in PostgreSQL); an assertion is accepted
 * once, across all replicas (saml_assertions_seen).
 */
@Injectable()
export class SamlService {
  private readonly log = new Logger('SSO');
  private saml?: SAML;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: SsoAccountsService,
  ) {}

  get settings(): SamlSpConfig {
    const saml = this.config.sso.saml;
    if (!saml) throw new SsoNotConfiguredError('SAML');
    return saml;
  }

  get acsUrl(): string {
    return `${this.config.publicUrl}/auth/saml/acs`;
  }

  private client(): SAML {
    const settings = this.settings;
    this.saml ??= new SAML({
      entryPoint: settings.entryPoint,
      idpCert: settings.idpCert,
      idpIssuer: settings.idpIssuer ?? undefined,
      issuer: settings.spEntityId,
      audience: settings.spEntityId,
      callbackUrl: this.acsUrl,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: false,
      validateInResponseTo: ValidateInResponseTo.always,
      requestIdExpirationPeriodMs: SSO_STATE_TTL_MINUTES * 60_000,
      cacheProvider: new SamlRequestCache(this.db),
      acceptedClockSkewMs: 60_000,
      identifierFormat: null,
      disableRequestedAuthnContext: true,
      signatureAlgorithm: 'sha256',
    });
    return this.saml;
  }

  metadata(): string {
    return this.client().generateServiceProviderMetadata(null, null);
  }

  begin(returnTo: string): Promise<string> {
    return this.client().getAuthorizeUrlAsync(returnTo, undefined, {});
  }

  async complete(body: Record<string, unknown>, userAgent: string | undefined): Promise<OpenedSession & { returnTo: string }> {
    const settings = this.settings;
    const response = typeof body['SAMLResponse'] === 'string' ? body['SAMLResponse'] : '';
    if (!response || response.length > 500_000) throw providerRefused();
    let profile: Profile | null;
    try {
      ({ profile } = await this.client().validatePostResponseAsync({ SAMLResponse: response }));
    } catch (error) {
      this.log.warn(`SAML response refused: ${(error as Error)?.message?.slice(0, 200)}`);
      throw providerRefused();
    }
    if (!profile?.nameID) throw providerRefused();
    // node-saml checks the issuer of logout messages only; the assertion's is checked here.
    if (settings.idpIssuer && profile.issuer !== settings.idpIssuer) {
      this.log.warn('SAML response refused: unexpected issuer');
      throw providerRefused();
    }
    await this.acceptOnce(profile);
    const session = await this.accounts.signIn(
      {
        protocol: 'saml',
        issuer: profile.issuer,
        subject: profile.nameID,
        email: claimValues(profile[settings.emailAttribute] ?? profile.email ?? profile.mail)[0],
        // The address comes from the campus directory through a signed assertion: it is the campus's word.
        emailVerified: true,
        name: claimValues(profile[settings.nameAttribute])[0],
        roleValues: settings.roleAttribute ? claimValues(profile[settings.roleAttribute]) : [],
      },
      settings.roleMap,
      userAgent,
    );
    return { ...session, returnTo: safeReturnTo(body['RelayState']) };
  }

  /** Records the assertion's id until it expires; a second use of it, on any replica, finds the row. */
  private async acceptOnce(profile: Profile): Promise<void> {
    const xml = profile.getAssertionXml?.() ?? '';
    const id = /<(?:\w+:)?Assertion\b[^>]*\sID="([^"]+)"/.exec(xml)?.[1];
    const notOnOrAfter = /<(?:\w+:)?Conditions\b[^>]*\sNotOnOrAfter="([^"]+)"/.exec(xml)?.[1];
    if (!id) throw providerRefused();
    const expires = notOnOrAfter && !Number.isNaN(Date.parse(notOnOrAfter)) ? new Date(Date.parse(notOnOrAfter) + 60_000) : new Date(Date.now() + 24 * 3600_000);
    await this.db.query(`DELETE FROM saml_assertions_seen WHERE expires_at < now()`);
    const inserted = (await this.db.query(
      `INSERT INTO saml_assertions_seen (issuer, assertion_id, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING assertion_id`,
      [profile.issuer.slice(0, 500), id.slice(0, 255), expires],
    )) as unknown[];
    if (inserted.length === 0) {
      this.log.warn('SAML assertion replayed');
      throw new SsoRefusedError(SsoRefusal.State, 'This sign-in was already used. Start again from the sign-in page.');
    }
  }
}

function providerRefused(): SsoRefusedError {
  return new SsoRefusedError(SsoRefusal.Provider, 'The campus sign-in answer could not be verified. Start again from the sign-in page.');
}
