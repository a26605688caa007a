import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, OidcConfig } from '@debrief/api/core';
import type * as OpenIdClient from 'openid-client';
import { SsoNotConfiguredError } from '../sso.errors';

type Lib = typeof OpenIdClient;

/**
 * openid-client 6 is an ES module: it is loaded on first use (Node's require of ES modules, or
 * Jest's transform in tests), so nothing that merely imports this library pays for it.
 */
let lib: Promise<Lib> | undefined;
export function openIdClient(): Promise<Lib> {
  lib ??= import('openid-client');
  return lib;
}

/** How long discovered provider metadata (endpoints, keys location) is reused before asking again. */
const DISCOVERY_TTL_MS = 60 * 60_000;

/**
 * The relying party for the configured provider: discovery, then every check openid-client makes
 * (PKCE, state, nonce, issuer, audience, expiry, and the ID token's signature even over the
 * back channel). The discovered metadata is a per-process cache of public data the provider
 * serves; every replica fetches its own, nothing about a sign-in lives here.
 */
@Injectable()
export class OidcClient {
  private discovered?: { at: number; config: Promise<OpenIdClient.Configuration> };

  constructor(@Inject(APP_CONFIG) private readonly appConfig: AppConfig) {}

  get settings(): OidcConfig {
    const oidc = this.appConfig.sso.oidc;
    if (!oidc) throw new SsoNotConfiguredError('OpenID Connect');
    return oidc;
  }

  get configured(): boolean {
    return Boolean(this.appConfig.sso.oidc);
  }

  get redirectUri(): string {
    return this.url('/auth/oidc/callback');
  }

  /** An address of this app as the provider knows it (PUBLIC_URL). */
  url(path: string): string {
    return `${this.appConfig.publicUrl}${path}`;
  }

  async configuration(): Promise<OpenIdClient.Configuration> {
    const settings = this.settings;
    if (!this.discovered || Date.now() - this.discovered.at > DISCOVERY_TTL_MS) {
      const config = this.discover(settings);
      this.discovered = { at: Date.now(), config };
      // A provider that was down must not stay cached as a failure.
      config.catch(() => (this.discovered = undefined));
    }
    return this.discovered.config;
  }

  private async discover(settings: OidcConfig): Promise<OpenIdClient.Configuration> {
    const client = await openIdClient();
    const execute = [client.enableNonRepudiationChecks, ...(settings.allowInsecure ? [client.allowInsecureRequests] : [])];
    return client.discovery(new URL(settings.issuer), settings.clientId, { redirect_uris: [this.redirectUri], response_types: ['code'] }, client.ClientSecretBasic(settings.clientSecret), {
      execute,
      timeout: 10,
    });
  }
}
