import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeed', { description: "The caller's private calendar subscription (its URL is shown only when generated)" })
export class CalendarFeedModel {
  @Field()
  active!: boolean;

  @Field(() => Date, { nullable: true })
  createdAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a calendar last fetched it' })
  lastUsedAt!: Date | null;
}

@ObjectType('CalendarFeedLink', { description: 'A newly generated subscription URL; the previous one no longer works' })
export class CalendarFeedLinkModel {
  @Field()
  httpsUrl!: string;

  @Field({ description: 'The same feed for calendar apps that subscribe on click' })
  webcalUrl!: string;

  @Field()
  createdAt!: Date;
}
