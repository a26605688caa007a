import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { SetPracticeChecklistInput, SubmitPracticeSelfReviewInput } from './practice-review.input';
import { PracticeChecklistModel, PracticeSelfReviewModel } from './practice-review.model';
import { PracticeReviewService } from './practice-review.service';

@Resolver(() => PracticeChecklistModel)
export class PracticeReviewResolver {
  constructor(private readonly reviews: PracticeReviewService) {}

  @Query(() => PracticeChecklistModel, { description: "A session type's self-review checklist" })
  @RequirePermission(Permission.SessionTypesManage)
  practiceChecklist(@Args('sessionTypeId', { type: () => ID }, UuidPipe) sessionTypeId: string): Promise<PracticeChecklistModel> {
    return this.reviews.checklist(sessionTypeId);
  }

  @Mutation(() => PracticeChecklistModel, { description: "Replaces a session type's self-review checklist (staff)" })
  @RequirePermission(Permission.SessionTypesManage)
  setPracticeChecklist(@CurrentUser() actor: AuthUser, @Args('input') input: SetPracticeChecklistInput): Promise<PracticeChecklistModel> {
    return this.reviews.setChecklist(actor, input);
  }

  @Mutation(() => PracticeSelfReviewModel, { description: "The student works the session's self-review checklist once it has ended; kept in their journal" })
  @RequirePermission(Permission.PracticeJoin)
  submitPracticeSelfReview(@CurrentUser() actor: AuthUser, @Args('input') input: SubmitPracticeSelfReviewInput): Promise<PracticeSelfReviewModel> {
    return this.reviews.submit(actor, input);
  }
}
