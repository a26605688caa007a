/**
 * The identity domain's tables: for the server (TypeORM's entity list), the database tooling
 * (migrations, data source), the seed and tools only. Other domains read through UserDirectoryService
 * in the public entry point; lint refuses this import anywhere else.
 */
export * from './lib/identity.entities';
export * from './lib/users/user.entity';
export * from './lib/students/student-profile.entity';
export * from './lib/coaches/coach-profile.entity';
export * from './lib/sessions/session.entity';
export * from './lib/invitations/invitation.entity';
