import { COACHING_ENTITIES } from '@debrief/api/coaching';
import { IDENTITY_ENTITIES } from '@debrief/api/identity';
import { NOTIFICATION_ENTITIES } from '@debrief/api/notifications';
import { PRACTICE_ENTITIES } from '@debrief/api/practice';
import { SCHEDULING_ENTITIES } from '@debrief/api/scheduling';
import { WORKSHOP_ENTITIES } from '@debrief/api/workshops';

/** Every entity of every domain: what the migrations must produce, exactly. */
export const ALL_ENTITIES = [...IDENTITY_ENTITIES, ...NOTIFICATION_ENTITIES, ...SCHEDULING_ENTITIES, ...WORKSHOP_ENTITIES, ...COACHING_ENTITIES, ...PRACTICE_ENTITIES];
