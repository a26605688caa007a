import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportPeriodModel } from '../report-period.model';

@ObjectType('WorkshopReportRow')
export class WorkshopReportRowModel {
  @Field({ description: 'WORKSHOP, SERIES or TOTAL' })
  dimension!: string;

  @Field(() => ID, { nullable: true, description: 'The workshop or series' })
  id!: string | null;

  @Field()
  title!: string;

  @Field(() => Date, { nullable: true, description: 'Start of the workshop (of the first one for a series)' })
  startsAt!: Date | null;

  @Field(() => Int)
  workshops!: number;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { description: 'Seats taken: registered, attended or no-show' })
  seated!: number;

  @Field(() => Int, { description: 'Still on the waitlist' })
  waitlisted!: number;

  @Field(() => Int, { description: 'Moved from the waitlist to a seat' })
  promotions!: number;

  @Field(() => Int)
  attended!: number;

  @Field(() => Int)
  noShows!: number;

  @Field(() => Float, { nullable: true, description: 'Seated ÷ capacity' })
  fillRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Attended ÷ (attended + no-shows)' })
  attendanceRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'No-shows ÷ (attended + no-shows)' })
  noShowRate!: number | null;
}

@ObjectType('WorkshopsReport')
export class WorkshopsReportModel {
  @Field(() => ReportPeriodModel)
  period!: ReportPeriodModel;

  @Field(() => WorkshopReportRowModel)
  totals!: WorkshopReportRowModel;

  @Field(() => WorkshopReportRowModel)
  previous!: WorkshopReportRowModel;

  @Field(() => [WorkshopReportRowModel])
  workshops!: WorkshopReportRowModel[];

  @Field(() => [WorkshopReportRowModel])
  series!: WorkshopReportRowModel[];

  @Field()
  summary!: string;
}
