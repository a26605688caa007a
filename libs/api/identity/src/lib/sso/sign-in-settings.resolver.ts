import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public, RequirePermission } from '@debrief/api/core';
import { Permission } from '@debrief/shared/domain';
import { SignInOptionsModel, SignInSettingsModel } from './sign-in-options.model';
import { SignInSettingsService } from './sign-in-settings.service';
import { UpdateSignInSettingsInput } from './update-sign-in-settings.input';

@Resolver()
export class SignInSettingsResolver {
  constructor(private readonly service: SignInSettingsService) {}

  @Query(() => SignInOptionsModel, { description: 'What the sign-in page offers: password sign-in and single sign-on providers' })
  @Public()
  signInOptions(): Promise<SignInOptionsModel> {
    return this.service.options();
  }

  @Query(() => SignInSettingsModel)
  @RequirePermission(Permission.SignInManage)
  signInSettings(): Promise<SignInSettingsModel> {
    return this.service.settings();
  }

  @Mutation(() => SignInSettingsModel)
  @RequirePermission(Permission.SignInManage)
  updateSignInSettings(@Args('input') input: UpdateSignInSettingsInput, @CurrentUser() user: AuthUser): Promise<SignInSettingsModel> {
    return this.service.update(input, user.id);
  }
}
