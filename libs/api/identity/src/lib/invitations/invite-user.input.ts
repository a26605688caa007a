import { Field, InputType } from '@nestjs/graphql';
import { IsTimeZone } from '@debrief/api/core';
import { IsOptional } from 'class-validator';
import { NewUserFieldsInput } from '../users/new-user-fields.input';

@InputType()
export class InviteUserInput extends NewUserFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}
