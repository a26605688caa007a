import { COACHING_ENTITIES } from '@debrief/api/coaching/entities';
import { IDENTITY_ENTITIES } from '@debrief/api/identity/entities';
import { NOTIFICATION_ENTITIES } from '@debrief/api/notifications/entities';
import { SCHEDULING_ENTITIES } from '@debrief/api/scheduling/entities';
import { WORKSHOP_ENTITIES } from '@debrief/api/workshops/entities';
import { PRACTICE_ENTITIES } from '@debrief/api/practice/entities';
import { REPORT_ENTITIES } from '@debrief/api/reports/entities';

/** Every entity of every domain: what the migrations must produce, exactly. */
export const ALL_ENTITIES = [...IDENTITY_ENTITIES, ...NOTIFICATION_ENTITIES, ...SCHEDULING_ENTITIES, ...WORKSHOP_ENTITIES, ...COACHING_ENTITIES, ...PRACTICE_ENTITIES, ...REPORT_ENTITIES];
