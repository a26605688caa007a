import { Field, InputType } from '@nestjs/graphql';
import { graphqlEnum, IdField, Trim } from '@debrief/api/core';
import { IsDate, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class BookSessionInput {
  @IdField()
  sessionTypeId!: string;

  @IdField({ nullable: true, description: 'A specific coach, or null for any coach who offers the type' })
  coachId?: string | null;

  @Field({ description: 'One of the starts returned by availableSlots' })
  @IsDate()
  start!: Date;

  @IdField({ nullable: true, description: 'Staff only: the student to book for' })
  studentId?: string | null;
}

@InputType()
export class CancelBookingInput {
  @IdField()
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
  @IdField()
  bookingId!: string;

  @Field()
  @IsDate()
  start!: Date;
}

@InputType()
export class SlotSearchInput {
  @IdField()
  sessionTypeId!: string;

  @IdField({ nullable: true, description: 'null: any coach who offers the type' })
  coachId?: string | null;

  @Field()
  @IsDate()
  from!: Date;

  @Field()
  @IsDate()
  to!: Date;

  @IdField({ nullable: true, description: 'Staff only: search as this student (their sessions and caps count)' })
  studentId?: string | null;

  @IdField({
    nullable: true,
    description: "Rescheduling: the booking being moved. Searches its coach and type as its student, and its own time is not busy. Only someone who may reschedule it may pass it.",
  })
  bookingId?: string | null;
}

@InputType()
export class ChangeBookingLocationInput {
  @IdField()
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

  @IdField({ nullable: true, description: "Staff only: another student's sessions" })
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

  @IdField({ nullable: true, description: "Staff only: another coach's schedule" })
  coachId?: string | null;
}
