import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { graphqlEnum, IsCalendarDate } from '@debrief/api/core';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export enum StudentKind {
  All = 'ALL',
  New = 'NEW',
  Returning = 'RETURNING',
}
export const StudentKindEnum = graphqlEnum(StudentKind, 'ReportStudentKind', 'New: no held session before the period; returning: at least one');

const FILTER_MAX = 200;

/** The period of a report (dates in the center's zone, both ends included; default this term) and its filters. */
@InputType()
export class ReportInput {
  @Field({ nullable: true, description: 'First day (YYYY-MM-DD, center time zone); default: start of this term' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field({ nullable: true, description: 'Last day, included; default: end of this term' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FILTER_MAX)
  @IsUUID('all', { each: true, message: 'each coach id must be a UUID' })
  coachIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FILTER_MAX)
  @IsUUID('all', { each: true, message: 'each session type id must be a UUID' })
  sessionTypeIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FILTER_MAX)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  majors?: string[];

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FILTER_MAX)
  @IsInt({ each: true })
  @Min(1900, { each: true })
  @Max(2200, { each: true })
  classYears?: number[];

  @Field({ nullable: true, description: 'Workshop topic tag' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  topic?: string;

  @Field(() => StudentKindEnum, { nullable: true, defaultValue: StudentKind.All })
  @IsOptional()
  @IsEnum(StudentKind)
  studentKind?: StudentKind;
}
