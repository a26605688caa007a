import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { CalendarFeedLinkModel, CalendarFeedModel } from './calendar-feed.models';
import { CalendarFeedService } from './calendar-feed.service';

@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeedModel)
  @RequirePermission(Permission.BookingsReadOwn)
  async myCalendarFeed(@CurrentUser() actor: AuthUser): Promise<CalendarFeedModel> {
    const row = await this.feeds.status(actor.id);
    return { active: row !== null, createdAt: row?.createdAt ?? null, lastUsedAt: row?.lastUsedAt ?? null };
  }

  @Mutation(() => CalendarFeedLinkModel, { description: 'A new private feed URL; the old one stops working' })
  @RequirePermission(Permission.BookingsReadOwn)
  regenerateCalendarFeed(@CurrentUser() actor: AuthUser): Promise<CalendarFeedLinkModel> {
    return this.feeds.regenerate(actor.id);
  }

  @Mutation(() => CalendarFeedModel, { description: 'Turns the private feed off' })
  @RequirePermission(Permission.BookingsReadOwn)
  async revokeCalendarFeed(@CurrentUser() actor: AuthUser): Promise<CalendarFeedModel> {
    await this.feeds.revoke(actor.id);
    return { active: false, createdAt: null, lastUsedAt: null };
  }
}
