import { Role } from '@debrief/shared/domain';

/** The signed-in user as the access layer sees it: enough to decide, nothing secret. */
export interface AuthUser {
  id: string;
  role: Role;
  email: string;
  name: string;
  timeZone: string;
  sessionId: string;
}
