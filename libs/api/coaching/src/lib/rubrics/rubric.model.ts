import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SpecialtyEnum } from '@debrief/api/identity';
import { Specialty } from '@debrief/shared/domain';

@ObjectType('RubricCriterion', { description: 'What is scored, with a written descriptor for each level 1–4' })
export class RubricCriterionModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable across versions of the rubric' })
  key!: string;

  @Field()
  name!: string;

  @Field()
  looksFor!: string;

  @Field(() => [String], { description: 'Descriptors of levels 1, 2, 3 and 4' })
  descriptors!: string[];

  @Field(() => String, { nullable: true, description: 'On STAR rubrics: S, T, A or R (scored per answer)' })
  starPart!: string | null;
}

@ObjectType('RubricVersion', { description: 'An immutable version of a rubric' })
export class RubricVersionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  rubricId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: 'Behavioral: one STAR entry per question asked' })
  starEntries!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => [RubricCriterionModel])
  criteria!: RubricCriterionModel[];
}

@ObjectType('Rubric', { description: 'A rubric template; session types of its category are evaluated on it' })
export class RubricModel {
  @Field(() => ID)
  id!: string;

  @Field()
  key!: string;

  @Field(() => SpecialtyEnum)
  category!: Specialty;

  @Field(() => Int)
  currentVersion!: number;

  @Field(() => RubricVersionModel)
  current!: RubricVersionModel;
}
