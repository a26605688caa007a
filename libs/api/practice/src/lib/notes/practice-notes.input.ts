import { Field, ID, InputType } from '@nestjs/graphql';
import { CriterionScoreInput, StarEntryInput } from '@debrief/api/coaching';
import { COACHING_LIMITS } from '@debrief/shared/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

/** The coach's private pane, as it stands: it replaces the live evaluation draft's scores, STAR answers and private notes. */
@InputType()
export class SavePracticeNotesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionId!: string;

  @Field(() => [CriterionScoreInput], { defaultValue: [], description: 'Scored criteria (1–4) with their notes' })
  @ArrayMaxSize(COACHING_LIMITS.listMax)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores!: CriterionScoreInput[];

  @Field(() => [StarEntryInput], { defaultValue: [], description: 'One per behavioural answer scored (behavioural rubrics)' })
  @ArrayMaxSize(COACHING_LIMITS.listMax)
  @ValidateNested({ each: true })
  @Type(() => StarEntryInput)
  starEntries!: StarEntryInput[];

  @Field({ defaultValue: '', description: 'Never shown to the student' })
  @IsString()
  @MaxLength(COACHING_LIMITS.textMax)
  privateNotes!: string;
}
