import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { IdField, Trim } from '@debrief/api/core';
import { WORKSHOP_LIMITS as L } from '@debrief/shared/domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MyWorkshopsScope, RecurrenceKind, SeriesScope } from '../workshops.enums';
import { MyWorkshopsScopeEnum, RecurrenceKindEnum, SeriesScopeEnum } from '../workshops.graphql-enums';

/** The catalog's page size: what a page holds unless asked, and the most it ever holds. */
export const CATALOG_PAGE_DEFAULT = 24;
export const CATALOG_PAGE_MAX = 100;

const TrimAll = () => Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value));
const Topics = () => Transform(({ value }) => (Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)))] : value));

/** Everything a workshop is made of; creation needs the required ones, an edit any subset. */
@InputType()
export class WorkshopFieldsInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'should not be empty' })
  @MaxLength(L.titleMax)
  @Trim()
  title!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(L.descriptionMax)
  @Trim()
  description!: string;

  @Field(() => [String], { defaultValue: [], description: 'Topic tags, stored lower-case' })
  @IsArray()
  @ArrayMaxSize(L.topicsMax)
  @IsString({ each: true })
  @MaxLength(L.topicMax, { each: true })
  @Matches(/^[a-z0-9][a-z0-9 -]*$/, { each: true, message: 'each topic: letters, digits, spaces and dashes' })
  @Topics()
  topics!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Coaches or staff who run it' })
  @IsArray()
  @ArrayMaxSize(L.facilitatorsMax)
  @IsUUID('all', { each: true, message: 'each facilitator id must be a UUID' })
  facilitatorIds!: string[];

  @Field({ description: 'Room or video link' })
  @IsString()
  @IsNotEmpty({ message: 'should say where (a room or a video link)' })
  @MaxLength(L.locationMax)
  @Trim()
  location!: string;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(L.capacityMax)
  capacity!: number;

  @Field(() => Date, { nullable: true, description: 'Default: now' })
  @IsOptional()
  @IsDate()
  registrationOpensAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Default: the start' })
  @IsOptional()
  @IsDate()
  registrationClosesAt?: Date | null;

  @Field(() => [Int], { defaultValue: [], description: 'Empty: every class year' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1950, { each: true })
  @Max(2100, { each: true })
  audienceClassYears!: number[];

  @Field(() => [String], { defaultValue: [], description: 'Empty: every major' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'each major should not be empty' })
  @MaxLength(120, { each: true })
  @TrimAll()
  audienceMajors!: string[];

  @Field({ defaultValue: false, description: 'Publish now, or keep as a draft' })
  @IsBoolean()
  publish!: boolean;
}

@InputType()
export class CreateWorkshopSeriesInput {
  @Field(() => WorkshopFieldsInput, { description: 'The first occurrence; the others repeat its time, length and registration lead times' })
  @ValidateNested()
  @Type(() => WorkshopFieldsInput)
  workshop!: WorkshopFieldsInput;

  @Field(() => RecurrenceKindEnum)
  @IsEnum(RecurrenceKind)
  recurrence!: RecurrenceKind;

  @Field(() => Int, { nullable: true, description: 'WEEKLY: how many weeks, the first included (closures are skipped)' })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(L.occurrencesMax)
  weeks?: number | null;

  @Field(() => [Date], { nullable: true, description: 'CUSTOM: the other occurrences\' starts' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.occurrencesMax - 1)
  @IsDate({ each: true })
  customStarts?: Date[] | null;
}

/** An edit: any subset of a workshop's fields (no defaults, so what is left out stays as it is). */
@InputType()
export class UpdateWorkshopInput extends PartialType(OmitType(WorkshopFieldsInput, ['publish'] as const), { omitDefaultValues: true }) {
  @IdField()
  id!: string;

  @Field(() => SeriesScopeEnum, { defaultValue: SeriesScope.ThisOccurrence })
  @IsEnum(SeriesScope)
  scope!: SeriesScope;
}

@InputType()
export class CancelWorkshopInput {
  @IdField()
  id!: string;

  @Field(() => SeriesScopeEnum, { defaultValue: SeriesScope.ThisOccurrence })
  @IsEnum(SeriesScope)
  scope!: SeriesScope;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'should say why (students see it)' })
  @MaxLength(L.reasonMax)
  @Trim()
  reason!: string;
}

@InputType()
export class PublishWorkshopInput {
  @IdField()
  id!: string;

  @Field(() => SeriesScopeEnum, { defaultValue: SeriesScope.ThisOccurrence })
  @IsEnum(SeriesScope)
  scope!: SeriesScope;
}

@InputType()
export class WorkshopFilterInput {
  @Field(() => String, { nullable: true, description: 'One topic tag' })
  @IsOptional()
  @IsString()
  @MaxLength(L.topicMax)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  topic?: string | null;

  @Field(() => Date, { nullable: true, description: 'Starting at or after' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Starting before' })
  @IsOptional()
  @IsDate()
  to?: Date | null;

  @Field({ defaultValue: false, description: 'Staff only: drafts, cancelled and past workshops too' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;

  @IdField({ nullable: true, description: 'Only this series' })
  seriesId?: string | null;
}

@InputType()
export class MyWorkshopsInput {
  @Field(() => MyWorkshopsScopeEnum, { defaultValue: MyWorkshopsScope.Upcoming })
  @IsOptional()
  @IsEnum(MyWorkshopsScope)
  scope?: MyWorkshopsScope;
}

/** One page of the catalog: at most `first` workshops after the cursor a previous page returned. */
@InputType()
export class WorkshopPageInput {
  @Field(() => Int, { defaultValue: CATALOG_PAGE_DEFAULT, description: `Page size, 1–${CATALOG_PAGE_MAX}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(CATALOG_PAGE_MAX)
  first!: number;

  @Field(() => String, { nullable: true, description: "The previous page's nextCursor" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}
