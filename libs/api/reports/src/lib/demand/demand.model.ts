import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportPeriodModel } from '../report-period.model';

@ObjectType('WaitToSlot')
export class WaitToSlotModel {
  @Field(() => ID)
  sessionTypeId!: string;

  @Field()
  sessionTypeName!: string;

  @Field({ description: 'Day of the searches (YYYY-MM-DD, center time zone)' })
  day!: string;

  @Field(() => Int)
  searches!: number;

  @Field(() => Int, { description: 'Searches that found no free start' })
  empty!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from the search to the first free start' })
  medianHours!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the same' })
  p90Hours!: number | null;
}

@ObjectType('LeadTime')
export class LeadTimeModel {
  @Field(() => ID)
  sessionTypeId!: string;

  @Field()
  sessionTypeName!: string;

  @Field(() => Int, { description: 'Bookings made in the period' })
  bookings!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from booking to the session' })
  medianHours!: number | null;

  @Field(() => Float, { nullable: true })
  p90Hours!: number | null;
}

@ObjectType('ChangesByNotice')
export class ChangesByNoticeModel {
  @Field({ description: 'CANCELLED or RESCHEDULED' })
  kind!: string;

  @Field({ description: 'Notice before the start: under 24 h, 1–3 days, 3–7 days, over 7 days' })
  notice!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('DemandReport')
export class DemandReportModel {
  @Field(() => ReportPeriodModel)
  period!: ReportPeriodModel;

  @Field(() => [WaitToSlotModel])
  waits!: WaitToSlotModel[];

  @Field(() => [LeadTimeModel])
  leadTimes!: LeadTimeModel[];

  @Field(() => [ChangesByNoticeModel])
  changes!: ChangesByNoticeModel[];

  @Field(() => Int)
  searches!: number;

  @Field(() => Int, { description: 'Searches that found nothing' })
  emptySearches!: number;

  @Field(() => Int, { description: 'Searches in the period just before' })
  previousSearches!: number;

  @Field()
  summary!: string;
}
