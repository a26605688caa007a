import { Field, InputType } from '@nestjs/graphql';
import { Trim } from '@debrief/api/core';
import { Specialty } from '@debrief/shared/domain';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { SpecialtyEnum } from '../graphql-enums';

@InputType()
export class CoachFilterInput {
  @Field(() => SpecialtyEnum, { nullable: true })
  @IsOptional()
  @IsEnum(Specialty)
  specialty?: Specialty;

  @Field({ nullable: true, description: 'Free text matched against name, headline and bio' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Trim()
  search?: string;
}
