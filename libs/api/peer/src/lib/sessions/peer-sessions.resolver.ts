import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission, UuidPipe } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { CancelPeerSessionInput, PeerSessionIdInput, ReportPeerInput, SubmitPeerFeedbackInput } from './peer-session.input';
import { PeerSessionModel } from './peer-session.model';
import { PeerSessionsService } from './peer-sessions.service';

@Resolver(() => PeerSessionModel)
export class PeerSessionsResolver {
  constructor(private readonly sessions: PeerSessionsService) {}

  @Query(() => [PeerSessionModel], { description: "The viewer's peer sessions, newest first" })
  @RequirePermission(Permission.PeerPractice)
  myPeerSessions(@CurrentUser() actor: AuthUser): Promise<PeerSessionModel[]> {
    return this.sessions.mine(actor);
  }

  @Query(() => PeerSessionModel)
  @RequirePermission(Permission.PeerPractice)
  peerSession(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<PeerSessionModel> {
    return this.sessions.one(actor, id);
  }

  @Mutation(() => PeerSessionModel, { description: 'Cancels before the start; the partner is told and their window offered again' })
  @RequirePermission(Permission.PeerPractice)
  cancelPeerSession(@CurrentUser() actor: AuthUser, @Args('input') input: CancelPeerSessionInput): Promise<PeerSessionModel> {
    return this.sessions.cancel(actor, input);
  }

  @Mutation(() => PeerSessionModel, { description: 'The peer rubric and helpfulness rating, once the session is over (final)' })
  @RequirePermission(Permission.PeerPractice)
  submitPeerFeedback(@CurrentUser() actor: AuthUser, @Args('input') input: SubmitPeerFeedbackInput): Promise<PeerSessionModel> {
    return this.sessions.submitFeedback(actor, input);
  }

  @Mutation(() => PeerSessionModel, { description: 'Reports that the partner did not come (counts towards the no-show rule)' })
  @RequirePermission(Permission.PeerPractice)
  reportPeerNoShow(@CurrentUser() actor: AuthUser, @Args('input') input: PeerSessionIdInput): Promise<PeerSessionModel> {
    return this.sessions.reportNoShow(actor, input.sessionId);
  }

  @Mutation(() => PeerSessionModel, { description: 'Never be matched with this partner again (they are not told)' })
  @RequirePermission(Permission.PeerPractice)
  blockPeer(@CurrentUser() actor: AuthUser, @Args('input') input: PeerSessionIdInput): Promise<PeerSessionModel> {
    return this.sessions.block(actor, input.sessionId);
  }

  @Mutation(() => PeerSessionModel, { description: "Reports the partner's conduct to career center staff" })
  @RequirePermission(Permission.PeerPractice)
  reportPeer(@CurrentUser() actor: AuthUser, @Args('input') input: ReportPeerInput): Promise<PeerSessionModel> {
    return this.sessions.report(actor, input);
  }
}
