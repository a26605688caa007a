import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { JournalEntryInput } from './journal-entry.input';
import { JournalEntryModel } from './journal-entry.model';
import { JournalService } from './journal.service';

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
