import { Field, InputType } from '@nestjs/graphql';
import { NormalizeEmail } from '@debrief/api/core';
import { LIMITS } from '@debrief/shared/domain';
import { IsBoolean, IsEmail, IsOptional, MaxLength } from 'class-validator';

@InputType()
export class UpdateSignInSettingsInput {
  @Field()
  @IsBoolean()
  emailSignIn!: boolean;

  @Field(() => String, { nullable: true, description: 'Required to turn password sign-in off: an active administrator who keeps it' })
  @IsOptional()
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(LIMITS.emailMax)
  @NormalizeEmail()
  breakGlassAdminEmail?: string | null;
}
