import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { QuestionBankFilter } from './question-bank-filter.input';
import { QuestionBankModel } from './question-bank.model';
import { QuestionBankService } from './question-bank.service';

@Resolver(() => QuestionBankModel)
export class QuestionBankResolver {
  constructor(private readonly bank: QuestionBankService) {}

  @Query(() => QuestionBankModel, { description: 'Questions asked in mock interviews, by type, topic and company' })
  @RequirePermission(Permission.CoachingRead)
  questionBank(@Args('filter', { nullable: true }) filter?: QuestionBankFilter): Promise<QuestionBankModel> {
    return this.bank.browse(filter);
  }
}
