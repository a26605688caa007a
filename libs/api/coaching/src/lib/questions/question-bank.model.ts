import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SpecialtyEnum } from '@debrief/api/identity';
import { Specialty } from '@debrief/shared/domain';

@ObjectType('BankQuestion', { description: 'A question asked in a shared mock interview (no student or evaluation attached)' })
export class BankQuestionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => SpecialtyEnum)
  category!: Specialty;

  @Field()
  sessionTypeName!: string;

  @Field()
  topic!: string;

  @Field()
  company!: string;

  @Field()
  askedAt!: Date;
}

@ObjectType('QuestionBank')
export class QuestionBankModel {
  @Field(() => [BankQuestionModel])
  questions!: BankQuestionModel[];

  @Field(() => [String], { description: 'Every topic in the bank, for filters' })
  topics!: string[];

  @Field(() => [String], { description: 'Every company in the bank, for filters' })
  companies!: string[];
}
