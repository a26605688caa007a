import { SamlAssertionSeenEntity } from './saml-assertion-seen.entity';
import { SignInSettingsEntity } from './sign-in-settings.entity';
import { SsoLoginStateEntity } from './sso-login-state.entity';
import { UserIdentityEntity } from './user-identity.entity';

export const SSO_ENTITIES = [SsoLoginStateEntity, UserIdentityEntity, SignInSettingsEntity, SamlAssertionSeenEntity];
