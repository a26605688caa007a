import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Authenticator } from '@debrief/api/core';
import type { DataSource } from 'typeorm';
import { NotificationsModule } from '@debrief/api/notifications';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { PasswordHasher } from './auth/password-hasher';
import { CoachesResolver } from './coaches/coaches.resolver';
import { CoachesService } from './coaches/coaches.service';
import { IDENTITY_ENTITIES } from './identity.entities';
import { IdentityAccess } from './identity.access';
import { InvitationsResolver } from './invitations/invitations.resolver';
import { InvitationsService } from './invitations/invitations.service';
import { SessionAuthenticator } from './sessions/session.authenticator';
import { SessionCookie } from './sessions/session-cookie';
import { SessionsService } from './sessions/sessions.service';
import { SSO_CONTROLLERS, SSO_PROVIDERS } from './sso/sso.providers';
import { UserDirectoryService } from './users/user-directory.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), NotificationsModule],
  providers: [
    IdentityAccess,
    PasswordHasher,
    {
      provide: LoginThrottle,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, db: DataSource) => LoginThrottle.onPostgres(config, db),
    },
    SessionCookie,
    SessionsService,
    SessionAuthenticator,
    { provide: Authenticator, useExisting: SessionAuthenticator },
    AuthService,
    AuthResolver,
    UsersService,
    UsersResolver,
    UserDirectoryService,
    InvitationsService,
    InvitationsResolver,
    CoachesService,
    CoachesResolver,
    ...SSO_PROVIDERS,
  ],
  controllers: SSO_CONTROLLERS,
  exports: [Authenticator, UsersService, PasswordHasher, UserDirectoryService],
})
export class IdentityModule {}
