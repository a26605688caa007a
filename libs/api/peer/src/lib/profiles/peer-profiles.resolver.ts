import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, RequirePermission } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { PeerProfileModel, PeerSettingsModel, PeerStudentModel } from './peer-profile.model';
import { SavePeerProfileInput, SetPeerSuspensionInput, UpdatePeerSettingsInput } from './peer-profile.input';
import { PeerProfilesService } from './peer-profiles.service';

@Resolver(() => PeerProfileModel)
export class PeerProfilesResolver {
  constructor(private readonly profiles: PeerProfilesService) {}

  @Query(() => PeerProfileModel, { nullable: true, description: "The viewer's peer practice profile (null until saved)" })
  @RequirePermission(Permission.PeerPractice)
  myPeerProfile(@CurrentUser() actor: AuthUser): Promise<PeerProfileModel | null> {
    return this.profiles.mine(actor);
  }

  @Mutation(() => PeerProfileModel, { description: 'Opts in to peer practice, or changes what and at which level' })
  @RequirePermission(Permission.PeerPractice)
  savePeerProfile(@CurrentUser() actor: AuthUser, @Args('input') input: SavePeerProfileInput): Promise<PeerProfileModel> {
    return this.profiles.save(actor, input);
  }

  @Query(() => PeerSettingsModel)
  @RequirePermission(Permission.PeerManage)
  peerSettings(): Promise<PeerSettingsModel> {
    return this.profiles.settings();
  }

  @Mutation(() => PeerSettingsModel, { description: 'Peer practice on/off for the center, session length and the no-show rule (audited)' })
  @RequirePermission(Permission.PeerManage)
  updatePeerSettings(@CurrentUser() actor: AuthUser, @Args('input') input: UpdatePeerSettingsInput): Promise<PeerSettingsModel> {
    return this.profiles.updateSettings(actor, input);
  }

  @Query(() => [PeerStudentModel], { description: 'Students with a peer profile and their standing' })
  @RequirePermission(Permission.PeerManage)
  peerStudents(): Promise<PeerStudentModel[]> {
    return this.profiles.students();
  }

  @Mutation(() => PeerStudentModel, { description: 'Suspends a student from peer practice, or lifts it (audited)' })
  @RequirePermission(Permission.PeerManage)
  setPeerSuspension(@CurrentUser() actor: AuthUser, @Args('input') input: SetPeerSuspensionInput): Promise<PeerStudentModel> {
    return this.profiles.setSuspension(actor, input);
  }
}
