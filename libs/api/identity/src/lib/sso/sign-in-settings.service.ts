import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, BadInputError, ForbiddenError } from '@debrief/api/core';
import { Role, UserStatus } from '@debrief/shared/domain';
import { DataSource } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { SignInOptionsModel, SignInSettingsModel, SsoProviderModel } from './sign-in-options.model';
import { SignInSettingsEntity } from './sign-in-settings.entity';
import { UpdateSignInSettingsInput } from './update-sign-in-settings.input';

export class PasswordSignInOffError extends ForbiddenError {
  constructor() {
    super('Password sign-in is turned off here. Use your campus account.', { reason: 'PASSWORD_SIGN_IN_OFF' });
  }
}

/** Whether passwords may be used, read from the database on every sign-in (so every replica agrees at once). */
@Injectable()
export class SignInSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  providers(): SsoProviderModel[] {
    const { oidc, saml } = this.config.sso;
    return [
      ...(oidc ? [{ id: 'oidc', label: oidc.label, loginUrl: '/auth/oidc/login' }] : []),
      ...(saml ? [{ id: 'saml', label: saml.label, loginUrl: '/auth/saml/login' }] : []),
    ];
  }

  async options(): Promise<SignInOptionsModel> {
    const row = await this.row();
    return { emailSignIn: row?.passwordSignIn ?? true, providers: this.providers() };
  }

  async settings(): Promise<SignInSettingsModel> {
    const row = await this.row();
    return { emailSignIn: row?.passwordSignIn ?? true, breakGlassAdminEmail: row?.breakGlassUser?.email ?? null, providers: this.providers() };
  }

  /** Refuses a password sign-in for anyone but the break-glass administrator while passwords are off. */
  async assertPasswordAllowed(email: string): Promise<void> {
    const row = await this.row();
    if (row && !row.passwordSignIn && row.breakGlassUser?.email !== email) throw new PasswordSignInOffError();
  }

  async update(input: UpdateSignInSettingsInput, by: string): Promise<SignInSettingsModel> {
    let breakGlassUserId: string | null = null;
    if (input.breakGlassAdminEmail) {
      const admin = await this.db.getRepository(UserEntity).findOneBy({ email: input.breakGlassAdminEmail });
      if (!admin || admin.role !== Role.Admin || admin.status !== UserStatus.Active) {
        throw new BadInputError('breakGlassAdminEmail', 'must be the email of an active administrator');
      }
      breakGlassUserId = admin.id;
    }
    if (!input.emailSignIn) {
      if (this.providers().length === 0) throw new BadInputError('emailSignIn', 'cannot be turned off while no single sign-on provider is configured');
      if (!breakGlassUserId) throw new BadInputError('breakGlassAdminEmail', 'is required to turn password sign-in off');
    }
    await this.db
      .createQueryBuilder()
      .insert()
      .into(SignInSettingsEntity)
      .values({ id: 1, passwordSignIn: input.emailSignIn, breakGlassUserId, updatedBy: by })
      .orUpdate(['password_sign_in', 'break_glass_user_id', 'updated_by', 'updated_at'], ['id'])
      .execute();
    return this.settings();
  }

  private row(): Promise<SignInSettingsEntity | null> {
    return this.db.getRepository(SignInSettingsEntity).findOne({ where: { id: 1 }, relations: { breakGlassUser: true } });
  }
}
