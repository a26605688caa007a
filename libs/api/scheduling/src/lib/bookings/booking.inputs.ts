import { Field, ID, InputType } from '@nestjs/graphql';
import { graphqlEnum, Trim } from '@debrief/api/core';
import { IsDate, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class BookSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionTypeId!: string;

  @Field(() => ID, { nullable: true, description: 'A specific coach, or null for any coach who offers the type' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  coachId?: string | null;

  @Field({ description: 'One of the starts returned by availableSlots' })
  @IsDate()
  start!: Date;

  @Field(() => ID, { nullable: true, description: 'Staff only: the student to book for' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  studentId?: string | null;
}

@InputType()
export class CancelBookingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  bookingId!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'should say why (a few words are enough)' })
  @MaxLength(500)
  @Trim()
  reason!: string;
}

@InputType()
export class RescheduleBookingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  bookingId!: string;

  @Field()
  @IsDate()
  start!: Date;
}

@InputType()
export class SlotSearchInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionTypeId!: string;

  @Field(() => ID, { nullable: true, description: 'null: any coach who offers the type' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  coachId?: string | null;

  @Field()
  @IsDate()
  from!: Date;

  @Field()
  @IsDate()
  to!: Date;

  @Field(() => ID, { nullable: true, description: 'Staff only: search as this student (their sessions and caps count)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  studentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Rescheduling: the booking being moved. Searches its coach and type as its student, and its own time is not busy. Only someone who may reschedule it may pass it.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  bookingId?: string | null;
}

@InputType()
export class ChangeBookingLocationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  bookingId!: string;

  @Field({ description: 'A room, or for a video session an https:// link' })
  @IsString()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(500)
  @Trim()
  location!: string;
}

export enum BookingScope {
  Upcoming = 'UPCOMING',
  Past = 'PAST',
  All = 'ALL',
}
const BookingScopeEnum = graphqlEnum(BookingScope, 'BookingScope');

@InputType()
export class BookingListInput {
  @Field(() => BookingScopeEnum, { defaultValue: BookingScope.Upcoming })
  @IsOptional() // an omitted input reaches validation as {} (the resolver then defaults to UPCOMING)
  @IsEnum(BookingScope)
  scope!: BookingScope;

  @Field(() => ID, { nullable: true, description: "Staff only: another student's sessions" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  studentId?: string | null;
}

@InputType()
export class ScheduleInput {
  @Field()
  @IsDate()
  from!: Date;

  @Field()
  @IsDate()
  to!: Date;

  @Field(() => ID, { nullable: true, description: "Staff only: another coach's schedule" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  coachId?: string | null;
}
