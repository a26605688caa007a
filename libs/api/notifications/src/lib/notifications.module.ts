import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxMessageEntity } from './outbox/outbox-message.entity';
import { OutboxResolver } from './outbox/outbox.resolver';
import { OutboxService } from './outbox/outbox.service';

export const NOTIFICATION_ENTITIES = [OutboxMessageEntity];

@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES)],
  providers: [OutboxService, OutboxResolver],
  exports: [OutboxService],
})
export class NotificationsModule {}
