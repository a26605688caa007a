import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ReportPeriodModel } from '../report-period.model';

@ObjectType('NoShowRow')
export class NoShowRowModel {
  @Field({ description: 'SESSION_TYPE, COACH, CLASS_YEAR or TOTAL' })
  dimension!: string;

  @Field({ description: 'Id of the session type or coach, the class year, or "all"' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Int, { description: 'Past sessions that were held or missed' })
  sessions!: number;

  @Field(() => Int)
  noShows!: number;

  @Field(() => Float, { nullable: true, description: 'No-shows ÷ sessions, 0–1' })
  rate!: number | null;

  @Field(() => Int, { description: "Cancelled later than the type's cancellation cutoff" })
  lateCancellations!: number;
}

@ObjectType('NoShowReport')
export class NoShowReportModel {
  @Field(() => ReportPeriodModel)
  period!: ReportPeriodModel;

  @Field(() => NoShowRowModel)
  totals!: NoShowRowModel;

  @Field(() => NoShowRowModel)
  previous!: NoShowRowModel;

  @Field(() => [NoShowRowModel])
  rows!: NoShowRowModel[];

  @Field(() => Int, { description: 'Students whose no-shows block self-booking now' })
  blockedNow!: number;

  @Field()
  summary!: string;
}
