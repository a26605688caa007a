import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Authenticator } from '@debrief/api/core';
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
import { UserDirectoryService } from './users/user-directory.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), NotificationsModule],
  providers: [
    IdentityAccess,
    PasswordHasher,
    LoginThrottle,
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
  ],
  exports: [Authenticator, UsersService, PasswordHasher, UserDirectoryService],
})
export class IdentityModule {}
