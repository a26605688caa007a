import { CalendarFeedTokenEntity } from './feeds/calendar-feed-token.entity';
import { JobEntity } from './jobs/job.entity';
import { OutboxMessageEntity } from './outbox/outbox-message.entity';

export const NOTIFICATION_ENTITIES = [OutboxMessageEntity, JobEntity, CalendarFeedTokenEntity];
