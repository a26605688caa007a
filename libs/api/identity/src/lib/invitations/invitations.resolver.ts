import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, GraphqlContext, Public, RequirePermission } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { SessionCookie } from '../sessions/session-cookie';
import { UserModel } from '../users/user.model';
import { AcceptInvitationInput } from './accept-invitation.input';
import { InvitationsService } from './invitations.service';
import { InviteUserInput } from './invite-user.input';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly cookie: SessionCookie,
  ) {}

  @Mutation(() => UserModel)
  @RequirePermission(Permission.UsersManage)
  inviteUser(@Args('input') input: InviteUserInput, @CurrentUser() inviter: AuthUser): Promise<UserModel> {
    return this.invitations.invite(input, inviter);
  }

  @Mutation(() => UserModel)
  @Public()
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() { req, res }: GraphqlContext): Promise<UserModel> {
    const { user, session } = await this.invitations.accept(input, req.get('user-agent'));
    this.cookie.write(res, session.token, session.expiresAt);
    return user;
  }
}
