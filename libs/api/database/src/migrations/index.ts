import { Foundation1795247185617 } from './1795247185617-Foundation';
import { Scheduling1795249166079 } from './1795249166079-Scheduling';
import { CoachMeetingLink1795255078962 } from './1795255078962-CoachMeetingLink';
import { Notifications1795255218294 } from './1795255218294-Notifications';
import { Workshops1795255314295 } from './1795255314295-Workshops';
import { Coaching1795255461859 } from './1795255461859-Coaching';
import { SingleSignOn1796305615216 } from './1796305615216-SingleSignOn';
import { PracticeRooms1796305668298 } from './1796305668298-PracticeRooms';
import { OutboxCalendarThread1796306095660 } from './1796306095660-OutboxCalendarThread';
import { JobQueueOrder1796306444562 } from './1796306444562-JobQueueOrder';
import { LoginThrottle1796306561572 } from './1796306561572-LoginThrottle';
import { IdentityDirectory1796689299572 } from './1796689299572-IdentityDirectory';
import { ReportingViews1796689354880 } from './1796689354880-ReportingViews';
import { PeerPractice1796689463431 } from './1796689463431-PeerPractice';
import { SessionProviderSignOut1796689832078 } from './1796689832078-SessionProviderSignOut';
import { ReportsDemandAndAudit1796690379478 } from './1796690379478-ReportsDemandAndAudit';
import { PracticeSelfReview1796690607512 } from './1796690607512-PracticeSelfReview';

/** Every committed migration, oldest first (listed, not globbed, so the bundled API has them). */
export const MIGRATIONS = [
  Foundation1795247185617,
  Scheduling1795249166079,
  CoachMeetingLink1795255078962,
  Notifications1795255218294,
  Workshops1795255314295,
  Coaching1795255461859,
  SingleSignOn1796305615216,
  PracticeRooms1796305668298,
  OutboxCalendarThread1796306095660,
  JobQueueOrder1796306444562,
  LoginThrottle1796306561572,
  IdentityDirectory1796689299572,
  ReportingViews1796689354880,
  PeerPractice1796689463431,
  SessionProviderSignOut1796689832078,
  ReportsDemandAndAudit1796690379478,
  PracticeSelfReview1796690607512,
];
