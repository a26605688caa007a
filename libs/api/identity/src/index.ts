export * from './lib/identity.module';
export * from './lib/users/user.entity';
export * from './lib/students/student-profile.entity';
export * from './lib/coaches/coach-profile.entity';
export * from './lib/sessions/session.entity';
export * from './lib/invitations/invitation.entity';
export * from './lib/auth/password-hasher';
export * from './lib/graphql-enums';
