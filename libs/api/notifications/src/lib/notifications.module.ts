import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarFeedController } from './feeds/calendar-feed.controller';
import { CalendarFeedRegistry } from './feeds/calendar-feed.registry';
import { CalendarFeedResolver } from './feeds/calendar-feed.resolver';
import { CalendarFeedService } from './feeds/calendar-feed.service';
import { JobQueue } from './jobs/job-queue.service';
import { JobRegistry } from './jobs/job-registry';
import { JobWorker } from './jobs/job-worker.service';
import { Workers } from './jobs/workers.service';
import { MailWorker } from './mail/mail-worker.service';
import { NOTIFICATION_ENTITIES } from './notifications.entities';
import { OutboxResolver } from './outbox/outbox.resolver';
import { OutboxService } from './outbox/outbox.service';

/**
 * Outbox, background jobs and calendar feeds. Domain modules import it and use JobQueue,
 * JobRegistry, OutboxService and CalendarFeedRegistry; the registries are singletons because
 * this module is imported (not re-provided) everywhere.
 */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES)],
  controllers: [CalendarFeedController],
  providers: [
    OutboxService,
    OutboxResolver,
    JobQueue,
    JobRegistry,
    JobWorker,
    MailWorker,
    Workers,
    CalendarFeedRegistry,
    CalendarFeedService,
    CalendarFeedResolver,
  ],
  exports: [OutboxService, JobQueue, JobRegistry, Workers, CalendarFeedRegistry, CalendarFeedService],
})
export class NotificationsModule {}
