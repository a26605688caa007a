import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphqlContext, Public } from '@debrief/api/core';
import { SessionCookie } from '../sessions/session-cookie';
import { UsersService } from '../users/users.service';
import { UserModel } from '../users/user.model';
import { AuthService } from './auth.service';
import { SignInInput } from './sign-in.input';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly cookie: SessionCookie,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null when signed out' })
  @Public()
  async me(@Context() { req }: GraphqlContext): Promise<UserModel | null> {
    return req.user ? this.users.get(req.user.id) : null;
  }

  @Mutation(() => UserModel)
  @Public()
  async signIn(@Args('input') input: SignInInput, @Context() { req, res }: GraphqlContext): Promise<UserModel> {
    const { user, session } = await this.auth.signIn({
      email: input.email,
      password: input.password,
      ip: req.ip ?? 'unknown',
      userAgent: req.get('user-agent'),
    });
    this.cookie.write(res, session.token, session.expiresAt);
    return user;
  }

  @Mutation(() => Boolean)
  @Public()
  async signOut(@Context() { req, res }: GraphqlContext): Promise<boolean> {
    if (req.user) await this.auth.signOut(req.user.sessionId);
    this.cookie.clear(res);
    return true;
  }
}
