export * from './lib/accept-invite/accept-invite.page';
export * from './lib/home/home.page';
export * from './lib/profile/profile.page';
export * from './lib/sign-in/sign-in.page';
export * from './lib/users/users.page';
export * from './lib/sign-in-settings/sign-in-settings.page';
