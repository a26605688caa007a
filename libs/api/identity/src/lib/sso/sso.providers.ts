import { OidcClient } from './oidc/oidc.client';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { SamlController } from './saml/saml.controller';
import { SamlService } from './saml/saml.service';
import { SignOutController } from './sign-out.controller';
import { SignInSettingsResolver } from './sign-in-settings.resolver';
import { SignInSettingsService } from './sign-in-settings.service';
import { SsoAccountsService } from './sso-accounts.service';
import { SsoStateStore } from './sso-state.store';

/** Everything single sign-on adds to the identity module. */
export const SSO_PROVIDERS = [SsoStateStore, SsoAccountsService, SignInSettingsService, SignInSettingsResolver, OidcClient, OidcService, SamlService];
export const SSO_CONTROLLERS = [OidcController, SamlController, SignOutController];
