import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, BadInputError, CurrentUser, IsCalendarDate, RequirePermission, Trim, UuidPipe } from '@debrief/api/core';
import { COACHING_LIMITS, CONFIDENCE_SCALE, Permission } from '@debrief/shared/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import { CoachingAccess } from '../coaching.access';
import { assertDate } from '../plans/plans.service';
import { JournalEntryEntity } from './journal-entry.entity';

@ObjectType('TopicConfidence')
export class TopicConfidenceModel {
  @Field()
  topic!: string;

  @Field(() => Int, { description: '1–5' })
  level!: number;
}

@ObjectType('JournalEntry', { description: 'What a student practised, the questions they met and how confident they feel' })
export class JournalEntryModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'YYYY-MM-DD' })
  practisedOn!: string;

  @Field()
  practised!: string;

  @Field()
  questionsMet!: string;

  @Field(() => [TopicConfidenceModel])
  confidence!: TopicConfidenceModel[];

  @Field()
  createdAt!: Date;
}

@InputType()
export class TopicConfidenceInput {
  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should name the topic' })
  @MaxLength(80)
  topic!: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number' })
  level!: number;
}

@InputType()
export class JournalEntryInput {
  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  practisedOn!: string;

  @Field()
  @IsString()
  @Trim()
  @IsNotEmpty({ message: 'should say what you practised' })
  @MaxLength(COACHING_LIMITS.textMax)
  practised!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @Trim()
  @MaxLength(COACHING_LIMITS.textMax)
  questionsMet!: string;

  @Field(() => [TopicConfidenceInput], { defaultValue: [] })
  @ArrayMaxSize(COACHING_LIMITS.listMax)
  @ValidateNested({ each: true })
  @Type(() => TopicConfidenceInput)
  confidence!: TopicConfidenceInput[];
}

@Injectable()
export class JournalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CoachingAccess,
  ) {}

  async list(actor: AuthUser, studentId: string | null | undefined): Promise<JournalEntryModel[]> {
    const target = await this.access.studentFor(actor, studentId);
    const rows = await this.db.getRepository(JournalEntryEntity).find({ where: { studentId: target }, order: { practisedOn: 'DESC', createdAt: 'DESC' }, take: 200 });
    return rows.map(toModel);
  }

  async add(actor: AuthUser, input: JournalEntryInput): Promise<JournalEntryModel> {
    assertDate('practisedOn', input.practisedOn);
    input.confidence.forEach((c, i) => {
      if (!Number.isInteger(c.level) || c.level < CONFIDENCE_SCALE.min || c.level > CONFIDENCE_SCALE.max) {
        throw new BadInputError(`confidence.${i}.level`, `confidence.${i}.level: must be from ${CONFIDENCE_SCALE.min} to ${CONFIDENCE_SCALE.max}`, { reason: 'SCORE_OUT_OF_SCALE' });
      }
    });
    const saved = await this.db.getRepository(JournalEntryEntity).save(
      this.db.getRepository(JournalEntryEntity).create({
        studentId: actor.id,
        practisedOn: input.practisedOn,
        practised: input.practised,
        questionsMet: input.questionsMet ?? '',
        confidence: input.confidence.map((c) => ({ topic: c.topic, level: c.level })),
      }),
    );
    return toModel(saved);
  }
}

function toModel(e: JournalEntryEntity): JournalEntryModel {
  return { id: e.id, practisedOn: e.practisedOn, practised: e.practised, questionsMet: e.questionsMet, confidence: e.confidence, createdAt: e.createdAt };
}

@Resolver(() => JournalEntryModel)
export class JournalResolver {
  constructor(private readonly journal: JournalService) {}

  @Query(() => [JournalEntryModel], { description: "A student's preparation journal (one's own; a coached student's; any for staff)" })
  @RequirePermission(Permission.CoachingRead)
  journalEntries(
    @CurrentUser() actor: AuthUser,
    @Args('studentId', { type: () => ID, nullable: true }, UuidPipe) studentId?: string | null,
  ): Promise<JournalEntryModel[]> {
    return this.journal.list(actor, studentId);
  }

  @Mutation(() => JournalEntryModel)
  @RequirePermission(Permission.CoachingSelf)
  addJournalEntry(@CurrentUser() actor: AuthUser, @Args('input') input: JournalEntryInput): Promise<JournalEntryModel> {
    return this.journal.add(actor, input);
  }
}
