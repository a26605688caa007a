import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserStatus } from '@debrief/shared/domain';
import { DataSource } from 'typeorm';
import { InvalidCredentialsError } from '../identity.errors';
import { OpenedSession, SessionsService } from '../sessions/sessions.service';
import { UserEntity } from '../users/user.entity';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SignInSettingsService } from '../sso/sign-in-settings.service';

export interface SignInAttempt {
  email: string;
  password: string;
  ip: string;
  userAgent?: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionsService,
    private readonly settings: SignInSettingsService,
  ) {}

  /** Checks the password and opens a session; every failure looks the same from outside. */
  async signIn(attempt: SignInAttempt): Promise<{ user: UserEntity; session: OpenedSession }> {
    // The attempt counts before the password is checked: parallel attempts cannot outrun the limit.
    await this.throttle.consume(attempt.email, attempt.ip);
    await this.settings.assertPasswordAllowed(attempt.email);
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: attempt.email })
      .getOne();
    const ok = await this.hasher.verify(user?.passwordHash, attempt.password);
    if (!user || !ok || user.status !== UserStatus.Active) throw new InvalidCredentialsError();
    await this.throttle.recordSuccess(attempt.email, attempt.ip);
    const session = await this.sessions.open(this.db.manager, user.id, attempt.userAgent);
    user.passwordHash = null;
    return { user, session };
  }

  signOut(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }
}
