import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { AdvancePracticeClockInput, AskPracticeQuestionInput, SetPracticeLanguageInput, SetPracticeRecordingInput } from './practice-room.input';
import { PracticeRoomModel } from './practice-room.model';
import { PracticeRoomService } from './practice-room.service';

@Resolver(() => PracticeRoomModel)
export class PracticeRoomResolver {
  constructor(private readonly rooms: PracticeRoomService) {}

  @Query(() => PracticeRoomModel, { description: "A session's practice room: when it opens, and while open how to join it" })
  @RequirePermission(Permission.PracticeJoin)
  practiceRoom(@CurrentUser() actor: AuthUser, @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string): Promise<PracticeRoomModel> {
    return this.rooms.room(actor, sessionId);
  }

  @Mutation(() => PracticeRoomModel, { description: "Starts the clock or moves it to the next phase (the session's coach)" })
  @RequirePermission(Permission.PracticeRun)
  advancePracticeClock(@CurrentUser() actor: AuthUser, @Args('input') input: AdvancePracticeClockInput): Promise<PracticeRoomModel> {
    return this.rooms.advanceClock(actor, input);
  }

  @Mutation(() => PracticeRoomModel, { description: 'Gives the student a question; it is recorded on the session' })
  @RequirePermission(Permission.PracticeRun)
  askPracticeQuestion(@CurrentUser() actor: AuthUser, @Args('input') input: AskPracticeQuestionInput): Promise<PracticeRoomModel> {
    return this.rooms.askQuestion(actor, input);
  }

  @Mutation(() => PracticeRoomModel, { description: "The code pad's language (either party)" })
  @RequirePermission(Permission.PracticeJoin)
  setPracticeLanguage(@CurrentUser() actor: AuthUser, @Args('input') input: SetPracticeLanguageInput): Promise<PracticeRoomModel> {
    return this.rooms.setLanguage(actor, input);
  }

  @Mutation(() => PracticeRoomModel, { description: 'Attaches an https recording link to the session (either party)' })
  @RequirePermission(Permission.PracticeJoin)
  setPracticeRecording(@CurrentUser() actor: AuthUser, @Args('input') input: SetPracticeRecordingInput): Promise<PracticeRoomModel> {
    return this.rooms.setRecording(actor, input);
  }
}
