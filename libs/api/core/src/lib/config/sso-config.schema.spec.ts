import { Role } from '@debrief/shared/domain';
import { ConfigError, loadConfig } from './load-config';

const OIDC = {
  OIDC_ISSUER: 'https://login.campus.example',
  OIDC_CLIENT_ID: 'debrief',
  OIDC_CLIENT_SECRET: 'very-secret-value',
  SSO_ALLOWED_EMAIL_DOMAINS: 'Campus.example, @alumni.campus.example',
};

describe('single sign-on settings', () => {
  it('are off unless a provider is configured', () => {
    const config = loadConfig({});
    expect(config.sso.oidc).toBeNull();
    expect(config.sso.defaultRole).toBe(Role.Student);
  });

  it('read an OIDC provider with its role mapping and lower-cased domains', () => {
    const config = loadConfig({
      ...OIDC,
      OIDC_LABEL: 'CampusID',
      OIDC_ROLE_CLAIM: 'eduPersonAffiliation',
      OIDC_ROLE_MAP: 'staff=staff, faculty=COACH,member@campus.example=student',
      SSO_DEFAULT_ROLE: 'none',
    });
    expect(config.sso.allowedEmailDomains).toEqual(['campus.example', 'alumni.campus.example']);
    expect(config.sso.defaultRole).toBeNull();
    expect(config.sso.oidc).toMatchObject({
      issuer: 'https://login.campus.example',
      clientId: 'debrief',
      label: 'CampusID',
      roleClaim: 'eduPersonAffiliation',
      roleMap: { staff: Role.Staff, faculty: Role.Coach, 'member@campus.example': Role.Student },
      requireEmailVerified: true,
      allowInsecure: false,
    });
  });

  it('refuse a provider without its client or without allowed domains, naming the variable', () => {
    expect(() => loadConfig({ ...OIDC, OIDC_CLIENT_SECRET: undefined })).toThrow('OIDC_CLIENT_SECRET is required when oidc_issuer is set');
    expect(() => loadConfig({ ...OIDC, SSO_ALLOWED_EMAIL_DOMAINS: '' })).toThrow(/^Invalid configuration: SSO_ALLOWED_EMAIL_DOMAINS/);
  });

  it('refuse mapping anyone to administrator, and a plain-http issuer in production', () => {
    expect(() => loadConfig({ ...OIDC, OIDC_ROLE_CLAIM: 'groups', OIDC_ROLE_MAP: 'it=ADMIN' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...OIDC, NODE_ENV: 'production', OIDC_ISSUER: 'http://idp.campus.example' })).toThrow(/OIDC_ISSUER must be an https/);
  });

  it('never echo the client secret in an error', () => {
    const error = (() => {
      try {
        loadConfig({ ...OIDC, OIDC_CLIENT_SECRET: 'x'.repeat(2000) });
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error?.message).toContain('OIDC_CLIENT_SECRET');
    expect(error?.message).not.toContain('xxxx');
  });
});

describe('SAML settings', () => {
  const SAML = { SAML_ENTRY_POINT: 'https://idp.campus.example/sso', SAML_IDP_CERT: 'MIIC', SSO_ALLOWED_EMAIL_DOMAINS: 'campus.example', PUBLIC_URL: 'https://careers.campus.example/' };

  it('default our entityID to the metadata URL and the attributes to the eduPerson OIDs', () => {
    expect(loadConfig(SAML).sso.saml).toMatchObject({
      spEntityId: 'https://careers.campus.example/auth/saml/metadata',
      emailAttribute: 'urn:oid:0.9.2342.19200300.100.1.3',
      idpIssuer: null,
    });
  });

  it('need the IdP certificate, and never echo it', () => {
    expect(() => loadConfig({ ...SAML, SAML_IDP_CERT: undefined })).toThrow('SAML_IDP_CERT is required');
    expect(() => loadConfig({ ...SAML, SAML_IDP_CERT: 'y'.repeat(30_000) })).toThrow(/SAML_IDP_CERT.*\*\*\*/);
  });
});
