import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuthUser, BadInputError } from '@debrief/api/core';
import { OutboxService } from '@debrief/api/notifications';
import { invitationEmail } from './invitation.template';
import { UserStatus } from '@debrief/shared/domain';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { ROLE_LABELS } from '../graphql-enums';
import { OpenedSession, SessionsService } from '../sessions/sessions.service';
import { hashToken, newToken } from '../sessions/session-token';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AcceptInvitationInput } from './accept-invitation.input';
import { InvitationEntity } from './invitation.entity';
import { InviteUserInput } from './invite-user.input';

const VALID_DAYS = 7;

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxService,
  ) {}

  /** Creates the account as INVITED and queues the email in the same transaction. */
  invite(input: InviteUserInput, inviter: AuthUser): Promise<UserEntity> {
    return this.db.transaction(async (manager) => {
      const user = await this.users.insert(manager, {
        email: input.email,
        name: input.name,
        role: input.role,
        timeZone: input.timeZone ?? inviter.timeZone,
        status: UserStatus.Invited,
        passwordHash: null,
      });
      const token = newToken();
      await manager.getRepository(InvitationEntity).insert({
        userId: user.id,
        invitedById: inviter.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + VALID_DAYS * 86400_000),
      });
      const email = invitationEmail({
        centerName: this.config.center.name,
        inviteeName: user.name,
        inviterName: inviter.name,
        roleLabel: ROLE_LABELS[user.role],
        acceptUrl: `${this.config.publicUrl}/accept-invite?token=${token}`,
        expiresInDays: VALID_DAYS,
      });
      await this.outbox.enqueue(manager, { kind: 'invitation', to: user.email, ...email });
      return user;
    });
  }

  /** Sets the password, activates the account and signs in; a token works once. */
  async accept(input: AcceptInvitationInput, userAgent?: string): Promise<{ user: UserEntity; session: OpenedSession }> {
    const passwordHash = await this.hasher.hash(input.password);
    return this.db.transaction(async (manager) => {
      // The conditional update is the single-use check: of two concurrent accepts only one matches.
      const claimed = await manager
        .createQueryBuilder()
        .update(InvitationEntity)
        .set({ acceptedAt: () => 'now()' })
        .where('token_hash = :hash AND accepted_at IS NULL AND expires_at > now()', { hash: hashToken(input.token) })
        .returning(['userId'])
        .execute();
      const userId = (claimed.raw as { user_id: string }[])[0]?.user_id;
      if (!userId) throw new BadInputError('token', 'This invitation link is invalid, already used or expired. Ask for a new one.');
      const repo = manager.getRepository(UserEntity);
      await repo.update({ id: userId }, { passwordHash, status: UserStatus.Active, ...(input.name ? { name: input.name } : {}) });
      const user = await repo.findOneByOrFail({ id: userId });
      const session = await this.sessions.open(manager, userId, userAgent);
      return { user, session };
    });
  }
}
