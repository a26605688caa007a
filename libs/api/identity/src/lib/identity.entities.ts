import { CoachProfileEntity } from './coaches/coach-profile.entity';
import { InvitationEntity } from './invitations/invitation.entity';
import { SessionEntity } from './sessions/session.entity';
import { StudentProfileEntity } from './students/student-profile.entity';
import { SSO_ENTITIES } from './sso/sso.entities';
import { UserEntity } from './users/user.entity';

export const IDENTITY_ENTITIES = [UserEntity, StudentProfileEntity, CoachProfileEntity, SessionEntity, InvitationEntity, ...SSO_ENTITIES];
