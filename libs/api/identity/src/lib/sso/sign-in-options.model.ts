import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A single sign-on provider the sign-in page offers' })
export class SsoProviderModel {
  @Field({ description: '"oidc" or "saml"' })
  id!: string;

  @Field({ description: 'Shown as "Sign in with <label>"' })
  label!: string;

  @Field({ description: 'Where the browser goes to start (a full-page navigation)' })
  loginUrl!: string;
}

@ObjectType({ description: 'How people can sign in here; public, for the sign-in page' })
export class SignInOptionsModel {
  @Field({ description: 'False when staff turned sign-in with email and password off (only the break-glass administrator may still use it)' })
  emailSignIn!: boolean;

  @Field(() => [SsoProviderModel])
  providers!: SsoProviderModel[];
}

@ObjectType({ description: 'The sign-in settings staff manage' })
export class SignInSettingsModel {
  @Field()
  emailSignIn!: boolean;

  @Field(() => String, { nullable: true, description: 'The administrator who may still sign in with a password' })
  breakGlassAdminEmail!: string | null;

  @Field(() => [SsoProviderModel])
  providers!: SsoProviderModel[];
}
