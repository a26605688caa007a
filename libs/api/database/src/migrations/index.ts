import { Foundation1795247185617 } from './1795247185617-Foundation';
import { Scheduling1795249166079 } from './1795249166079-Scheduling';
import { CoachMeetingLink1795255078962 } from './1795255078962-CoachMeetingLink';
import { Notifications1795255218294 } from './1795255218294-Notifications';
import { Workshops1795255314295 } from './1795255314295-Workshops';
import { Coaching1795255461859 } from './1795255461859-Coaching';
import { PracticeRooms1796305668298 } from './1796305668298-PracticeRooms';

/** Every committed migration, oldest first (listed, not globbed, so the bundled API has them). */
export const MIGRATIONS = [
  Foundation1795247185617,
  Scheduling1795249166079,
  CoachMeetingLink1795255078962,
  Notifications1795255218294,
  Workshops1795255314295,
  Coaching1795255461859,
  PracticeRooms1796305668298,
];
