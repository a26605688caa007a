import { Field, InputType } from '@nestjs/graphql';
import { SpecialtyEnum } from '@debrief/api/identity';
import { IdField, Trim } from '@debrief/api/core';
import { Specialty } from '@debrief/shared/domain';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class QuestionBankFilter {
  @Field(() => SpecialtyEnum, { nullable: true })
  @IsOptional()
  @IsEnum(Specialty)
  category?: Specialty | null;

  @IdField({ nullable: true })
  sessionTypeId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(80)
  topic?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(80)
  company?: string | null;

  @Field(() => String, { nullable: true, description: 'Words in the question' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(200)
  search?: string | null;
}
