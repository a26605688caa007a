/** INVITED users have an open invitation and no password yet; DISABLED users cannot sign in. */
export enum UserStatus {
  Active = 'ACTIVE',
  Invited = 'INVITED',
  Disabled = 'DISABLED',
}
