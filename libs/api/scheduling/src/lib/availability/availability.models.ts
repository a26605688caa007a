import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IdField, IsCalendarDate, Trim } from '@debrief/api/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OverrideKind } from '../scheduling.enums';
import { OverrideKindEnum } from '../scheduling.graphql-enums';

@ObjectType('WeeklyRange', { description: "A range of a coach's weekly hours in the coach's own time zone" })
@InputType('WeeklyRangeInput')
export class WeeklyRangeModel {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @Field(() => Int, { description: 'Minutes after local midnight' })
  @IsInt()
  @Min(0)
  @Max(1440)
  startMinute!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1440)
  endMinute!: number;
}

@ObjectType('CoachAvailability')
export class CoachAvailabilityModel {
  @Field(() => ID)
  coachId!: string;

  @Field()
  timeZone!: string;

  @Field(() => [WeeklyRangeModel])
  weekly!: WeeklyRangeModel[];

  @Field(() => [AvailabilityOverrideModel])
  overrides!: AvailabilityOverrideModel[];
}

@ObjectType('AvailabilityOverride')
export class AvailabilityOverrideModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: "YYYY-MM-DD in the coach's time zone" })
  date!: string;

  @Field(() => OverrideKindEnum)
  kind!: OverrideKind;

  @Field(() => Int, { nullable: true })
  startMinute!: number | null;

  @Field(() => Int, { nullable: true })
  endMinute!: number | null;
}

@InputType()
export class SetWeeklyHoursInput {
  @IdField({ nullable: true, description: "Staff only: another coach's hours" })
  coachId?: string | null;

  @Field(() => [WeeklyRangeModel])
  @IsArray()
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => WeeklyRangeModel)
  ranges!: WeeklyRangeModel[];
}

@InputType()
export class AddOverrideInput {
  @IdField({ nullable: true, description: "Staff only: another coach's override" })
  coachId?: string | null;

  @Field({ description: "YYYY-MM-DD in the coach's time zone" })
  @IsCalendarDate()
  date!: string;

  @Field(() => OverrideKindEnum)
  @IsEnum(OverrideKind)
  kind!: OverrideKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  startMinute?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  endMinute?: number | null;
}

@ObjectType('Closure', { description: 'A center-wide closure, inclusive dates in the center’s time zone' })
export class ClosureModel {
  @Field(() => ID)
  id!: string;

  @Field()
  startDate!: string;

  @Field()
  endDate!: string;

  @Field()
  reason!: string;
}

@InputType()
export class AddClosureInput {
  @Field()
  @IsCalendarDate()
  startDate!: string;

  @Field()
  @IsCalendarDate()
  endDate!: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Trim()
  reason!: string;
}

@ObjectType('BookingPolicy')
@InputType('BookingPolicyInput')
export class BookingPolicyModel {
  @Field(() => Int, { description: 'Active future bookings one student may hold' })
  @IsInt()
  @Min(1)
  @Max(50)
  maxActiveBookings!: number;

  @Field(() => Int, { description: 'No-shows within the window that pause self-booking' })
  @IsInt()
  @Min(1)
  @Max(20)
  noShowLimit!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(730)
  noShowWindowDays!: number;
}

@ObjectType('BookingStanding', { description: "A student's no-show standing: whether self-booking is paused, and until when" })
export class BookingStandingModel {
  @Field(() => Int)
  noShows!: number;

  @Field(() => Int)
  limit!: number;

  @Field(() => Int)
  windowDays!: number;

  @Field(() => Date, { nullable: true })
  blockedUntil!: Date | null;
}
