import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { SavePracticeNotesInput } from './practice-notes.input';
import { PracticeNotesSavedModel } from './practice-notes.model';
import { PracticeNotesService } from './practice-notes.service';

@Resolver(() => PracticeNotesSavedModel)
export class PracticeNotesResolver {
  constructor(private readonly notes: PracticeNotesService) {}

  @Mutation(() => PracticeNotesSavedModel, { description: "Autosaves the coach's private pane into the session's evaluation draft (the session's coach, while the room is open)" })
  @RequirePermission(Permission.PracticeRun)
  savePracticeNotes(@CurrentUser() actor: AuthUser, @Args('input') input: SavePracticeNotesInput): Promise<PracticeNotesSavedModel> {
    return this.notes.save(actor, input);
  }
}
