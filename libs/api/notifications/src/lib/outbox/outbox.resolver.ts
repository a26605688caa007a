import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { BadInputError, RequirePermission } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { OutboxMessageModel } from './outbox-message.model';
import { OutboxService } from './outbox.service';

@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  constructor(private readonly outbox: OutboxService) {}

  @Query(() => [OutboxMessageModel])
  @RequirePermission(Permission.OutboxRead)
  outboxMessages(@Args('limit', { type: () => Int, defaultValue: 50 }) limit: number): Promise<OutboxMessageModel[]> {
    if (limit < 1 || limit > 200) throw new BadInputError('limit', 'limit must be between 1 and 200.');
    return this.outbox.recent(limit);
  }
}
