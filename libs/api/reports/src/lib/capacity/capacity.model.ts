import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportPeriodModel } from '../report-period.model';

@ObjectType('CapacityTotals')
export class CapacityTotalsModel {
  @Field(() => Float, { description: 'Weekly hours and EXTRA overrides, less days off and closures' })
  offeredHours!: number;

  @Field(() => Float, { description: 'Sessions booked (not cancelled), by duration' })
  bookedHours!: number;

  @Field(() => Float, { description: 'Sessions held (completed)' })
  heldHours!: number;

  @Field(() => Float, { nullable: true, description: 'Booked ÷ offered, 0–1 (null with no hours offered)' })
  utilization!: number | null;
}

@ObjectType('CoachWeekCapacity')
export class CoachWeekCapacityModel extends CapacityTotalsModel {
  @Field(() => ID)
  coachId!: string;

  @Field()
  coachName!: string;

  @Field({ description: "Monday of the week (YYYY-MM-DD) in the coach's time zone" })
  weekStart!: string;
}

@ObjectType('UnfilledHour')
export class UnfilledHourModel {
  @Field(() => Int, { description: "ISO weekday, 1 = Monday, in the coach's time zone" })
  weekday!: number;

  @Field(() => Int, { description: "Hour of the day 0–23 in the coach's time zone" })
  hour!: number;

  @Field(() => Float, { description: 'Offered hours in that cell nobody booked, summed over coaches and weeks' })
  hours!: number;
}

@ObjectType('CapacityReport')
export class CapacityReportModel {
  @Field(() => ReportPeriodModel)
  period!: ReportPeriodModel;

  @Field(() => CapacityTotalsModel)
  totals!: CapacityTotalsModel;

  @Field(() => CapacityTotalsModel, { description: 'The same figures for the period just before' })
  previous!: CapacityTotalsModel;

  @Field(() => [CoachWeekCapacityModel])
  weeks!: CoachWeekCapacityModel[];

  @Field(() => [UnfilledHourModel], { description: 'Unfilled hours by weekday × hour (a heat map)' })
  unfilled!: UnfilledHourModel[];

  @Field({ description: 'One sentence for screen readers and the printed report' })
  summary!: string;
}
