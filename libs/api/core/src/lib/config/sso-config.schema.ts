import { Role } from '@debrief/shared/domain';
import { z } from 'zod';

/** Roles single sign-on may hand out; administrators are only ever made inside Debrief. */
const SSO_ROLES = [Role.Student, Role.Coach, Role.Staff] as const;
const ssoRole = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .pipe(z.enum([...SSO_ROLES, 'NONE']));

const csv = z.string().transform((v) => v.split(',').map((part) => part.trim()).filter(Boolean));

/**
 * "claim value=ROLE" pairs, comma-separated, e.g. `career-staff=STAFF,faculty=COACH,student=STUDENT`.
 * A value may itself contain "=" or "@" (eduPersonScopedAffiliation): the last "=" separates.
 */
const roleMap = z
  .string()
  .refine(
    (v) =>
      v.split(',').every((pair) => {
        const at = pair.lastIndexOf('=');
        return at > 0 && (SSO_ROLES as readonly string[]).includes(pair.slice(at + 1).trim().toUpperCase());
      }),
    'must be comma-separated "claim value=ROLE" pairs with ROLE one of STUDENT, COACH, STAFF',
  )
  .transform((v) =>
    Object.fromEntries(
      v.split(',').map((pair) => {
        const at = pair.lastIndexOf('=');
        return [pair.slice(0, at).trim(), pair.slice(at + 1).trim().toUpperCase() as Role];
      }),
    ),
  );

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** The SSO variables, merged into the one config schema. */
export const ssoEnvShape = {
  /** Issuer URL of the OpenID Connect provider (discovery at <issuer>/.well-known/openid-configuration). */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).max(255).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(1024).optional(),
  /** What the sign-in button says after "Sign in with". */
  OIDC_LABEL: z.string().min(1).max(60).default('campus account'),
  OIDC_SCOPES: z.string().min(1).default('openid email profile'),
  /** Claim holding the groups or affiliations roles are mapped from (e.g. groups, eduPersonAffiliation). */
  OIDC_ROLE_CLAIM: z.string().min(1).max(200).optional(),
  OIDC_ROLE_MAP: roleMap.optional(),
  /** Refuse an ID token whose email_verified is not true (turn off only for providers that never send it). */
  OIDC_REQUIRE_EMAIL_VERIFIED: bool.default(true),
  /** SAML 2.0: the IdP's single sign-on URL (HTTP-Redirect binding) and its signing certificate (PEM or base64). */
  SAML_ENTRY_POINT: z.string().url().optional(),
  SAML_IDP_CERT: z.string().min(1).max(20_000).optional(),
  /** The IdP's entityID; when set, responses from any other issuer are refused. */
  SAML_IDP_ISSUER: z.string().min(1).max(500).optional(),
  /** Our entityID (default: the metadata URL, <PUBLIC_URL>/auth/saml/metadata). */
  SAML_SP_ENTITY_ID: z.string().min(1).max(500).optional(),
  SAML_LABEL: z.string().min(1).max(60).default('campus account (SAML)'),
  /** Attribute names (InCommon/eduPerson OIDs by default). */
  SAML_EMAIL_ATTRIBUTE: z.string().min(1).default('urn:oid:0.9.2342.19200300.100.1.3'),
  SAML_NAME_ATTRIBUTE: z.string().min(1).default('urn:oid:2.16.840.1.113730.3.1.241'),
  SAML_ROLE_ATTRIBUTE: z.string().min(1).optional(),
  SAML_ROLE_MAP: roleMap.optional(),
  /** Email domains single sign-on accepts, comma-separated (subdomains are not implied). */
  SSO_ALLOWED_EMAIL_DOMAINS: csv.optional(),
  /** Role for a new account whose claims match no mapping: STUDENT, COACH, STAFF or NONE (refuse). */
  SSO_DEFAULT_ROLE: ssoRole.default(Role.Student),
};

type SsoEnv = z.output<z.ZodObject<typeof ssoEnvShape>> & { NODE_ENV: string };

/** Cross-field rules: a provider needs its client, and single sign-on needs its allowed domains. */
export function checkSsoEnv(env: SsoEnv, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (env.SAML_ENTRY_POINT) {
    if (!env.SAML_IDP_CERT) issue('SAML_IDP_CERT', 'is required when SAML_ENTRY_POINT is set');
    if (!env.SSO_ALLOWED_EMAIL_DOMAINS?.length) issue('SSO_ALLOWED_EMAIL_DOMAINS', 'is required when single sign-on is configured');
    if (env.SAML_ROLE_MAP && !env.SAML_ROLE_ATTRIBUTE) issue('SAML_ROLE_ATTRIBUTE', 'is required when SAML_ROLE_MAP is set');
  }
  if (!env.OIDC_ISSUER) return;
  if (!env.OIDC_CLIENT_ID) issue('OIDC_CLIENT_ID', 'is required when OIDC_ISSUER is set');
  if (!env.OIDC_CLIENT_SECRET) issue('OIDC_CLIENT_SECRET', 'is required when OIDC_ISSUER is set');
  if (!env.SSO_ALLOWED_EMAIL_DOMAINS?.length) issue('SSO_ALLOWED_EMAIL_DOMAINS', 'is required when single sign-on is configured');
  if (env.NODE_ENV === 'production' && !env.OIDC_ISSUER.startsWith('https://')) issue('OIDC_ISSUER', 'must be an https:// URL in production');
  if (env.OIDC_ROLE_MAP && !env.OIDC_ROLE_CLAIM) issue('OIDC_ROLE_CLAIM', 'is required when OIDC_ROLE_MAP is set');
}

export function ssoSettings(env: SsoEnv, publicUrl: string) {
  const saml = env.SAML_ENTRY_POINT
    ? {
        entryPoint: env.SAML_ENTRY_POINT,
        idpCert: env.SAML_IDP_CERT as string,
        idpIssuer: env.SAML_IDP_ISSUER ?? null,
        spEntityId: env.SAML_SP_ENTITY_ID ?? `${publicUrl}/auth/saml/metadata`,
        label: env.SAML_LABEL,
        emailAttribute: env.SAML_EMAIL_ATTRIBUTE,
        nameAttribute: env.SAML_NAME_ATTRIBUTE,
        roleAttribute: env.SAML_ROLE_ATTRIBUTE ?? null,
        roleMap: env.SAML_ROLE_MAP ?? {},
      }
    : null;
  const oidc = env.OIDC_ISSUER
    ? {
        issuer: env.OIDC_ISSUER,
        clientId: env.OIDC_CLIENT_ID as string,
        clientSecret: env.OIDC_CLIENT_SECRET as string,
        label: env.OIDC_LABEL,
        scopes: env.OIDC_SCOPES,
        roleClaim: env.OIDC_ROLE_CLAIM ?? null,
        roleMap: env.OIDC_ROLE_MAP ?? {},
        requireEmailVerified: env.OIDC_REQUIRE_EMAIL_VERIFIED,
        /** Plain-http issuers (a local test provider) are allowed outside production only. */
        allowInsecure: env.OIDC_ISSUER.startsWith('http://'),
      }
    : null;
  return {
    allowedEmailDomains: (env.SSO_ALLOWED_EMAIL_DOMAINS ?? []).map((d) => d.toLowerCase().replace(/^@/, '')),
    defaultRole: env.SSO_DEFAULT_ROLE === 'NONE' ? null : (env.SSO_DEFAULT_ROLE as Role),
    oidc,
    saml,
  };
}

export type SsoConfig = ReturnType<typeof ssoSettings>;
export type OidcConfig = NonNullable<SsoConfig['oidc']>;
export type SamlSpConfig = NonNullable<SsoConfig['saml']>;
