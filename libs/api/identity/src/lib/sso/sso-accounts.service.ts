import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@debrief/api/core';
import { Role, UserStatus } from '@debrief/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import { EmailTakenError } from '../identity.errors';
import { ProviderSession } from '../sessions/session.entity';
import { OpenedSession, SessionsService } from '../sessions/sessions.service';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { SsoRefusal, SsoRefusedError } from './sso.errors';
import { UserIdentityEntity } from './user-identity.entity';

/** What a provider vouched for, already verified by its protocol (OIDC ID token, signed SAML assertion). */
export interface ExternalProfile {
  protocol: 'oidc' | 'saml';
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
  /** Values of the configured role claim or attribute (groups, affiliations). */
  roleValues: string[];
}

const RANK: Record<Role, number> = { [Role.Student]: 1, [Role.Coach]: 2, [Role.Staff]: 3, [Role.Admin]: 4 };

/**
 * Turns a verified campus identity into a Debrief session: the linked account, else the account
 * with that (verified) email, linked now, else a new account provisioned just in time, with the
 * role its claims map to. Every refusal happens before anything is written.
 */
@Injectable()
export class SsoAccountsService {
  private readonly log = new Logger('SSO');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  async signIn(profile: ExternalProfile, roleMap: Record<string, Role>, userAgent: string | undefined, providerSession: ProviderSession | null = null): Promise<OpenedSession & { userId: string }> {
    const email = profile.email?.trim().toLowerCase();
    if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) throw this.refuse(profile, SsoRefusal.EmailUnverified, 'Your campus account did not share an email address.');
    if (!profile.emailVerified) throw this.refuse(profile, SsoRefusal.EmailUnverified, 'Your campus account’s email address is not verified.');
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (!this.config.sso.allowedEmailDomains.includes(domain)) {
      throw this.refuse(profile, SsoRefusal.DomainNotAllowed, `Accounts of ${domain} cannot sign in here.`);
    }
    const attempt = () =>
      this.db.transaction(async (manager) => {
        const user = await this.findOrProvision(manager, profile, email, roleMap);
        if (user.status !== UserStatus.Active) throw this.refuse(profile, SsoRefusal.AccountDisabled, 'Your Debrief account is disabled. Ask the career center.');
        const session = await this.sessions.open(manager, user.id, userAgent, providerSession);
        return { ...session, userId: user.id };
      });
    // Two first sign-ins of one person at once: the loser's insert hits a unique constraint and
    // rolls back; tried again, it finds the link the winner committed.
    return attempt().catch((error: unknown) => {
      if (error instanceof EmailTakenError || (error as { code?: string })?.code === '23505' || (error as { driverError?: { code?: string } })?.driverError?.code === '23505') return attempt();
      throw error;
    });
  }

  private async findOrProvision(manager: EntityManager, profile: ExternalProfile, email: string, roleMap: Record<string, Role>): Promise<UserEntity> {
    const identities = manager.getRepository(UserIdentityEntity);
    const key = { protocol: profile.protocol, issuer: profile.issuer, subject: profile.subject };
    const linked = await identities.findOne({ where: key, relations: { user: true } });
    if (linked?.user) {
      await identities.update({ id: linked.id }, { lastSignInAt: new Date() });
      return linked.user;
    }
    const existing = await manager.getRepository(UserEntity).findOneBy({ email });
    if (existing) {
      const other = await identities.findOneBy({ userId: existing.id, protocol: profile.protocol, issuer: profile.issuer });
      if (other) throw this.refuse(profile, SsoRefusal.LinkedElsewhere, 'This Debrief account is linked to a different campus account.');
      await this.link(manager, existing.id, profile, email);
      this.log.log(`Linked ${profile.protocol} identity to existing user ${existing.id}`);
      return existing;
    }
    const role = mapRole(profile.roleValues, roleMap) ?? this.config.sso.defaultRole;
    if (!role) throw this.refuse(profile, SsoRefusal.NoRole, 'Your campus account has no role at the career center. Ask the career center for access.');
    const user = await this.users.insert(manager, {
      email,
      name: displayName(profile.name, email),
      role,
      timeZone: this.config.center.timeZone,
      status: UserStatus.Active,
      passwordHash: null,
    });
    await this.link(manager, user.id, profile, email);
    this.log.log(`Provisioned user ${user.id} (${role}) from ${profile.protocol}`);
    return user;
  }

  private async link(manager: EntityManager, userId: string, profile: ExternalProfile, email: string): Promise<void> {
    // A concurrent first sign-in of the same person loses on the unique (protocol, issuer, subject)
    // and rolls back its whole transaction: the database, not this check, keeps one link.
    await manager.getRepository(UserIdentityEntity).insert({
      userId,
      protocol: profile.protocol,
      issuer: profile.issuer,
      subject: profile.subject,
      email,
      lastSignInAt: new Date(),
    });
  }

  private refuse(profile: ExternalProfile, reason: SsoRefusal, message: string): SsoRefusedError {
    this.log.warn(`Refused ${profile.protocol} sign-in: ${reason}`);
    return new SsoRefusedError(reason, message);
  }
}

/** The highest role any of the values maps to, or null when none does. */
export function mapRole(values: readonly string[], roleMap: Record<string, Role>): Role | null {
  const roles = values.map((v) => roleMap[v]).filter((r): r is Role => r !== undefined && r !== Role.Admin);
  return roles.sort((a, b) => RANK[b] - RANK[a])[0] ?? null;
}

export function displayName(name: string | undefined, email: string): string {
  const cleaned = name?.replace(/\s+/g, ' ').trim();
  return (cleaned || email.slice(0, email.indexOf('@'))).slice(0, 120);
}

/** A claim or attribute as a list of strings (a single value, an array, or a space/comma-less string). */
export function claimValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value ? [value] : [];
}
