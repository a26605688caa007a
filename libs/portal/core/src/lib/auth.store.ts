import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { hasPermission, Permission } from '@debrief/shared/domain';
import { GraphqlClient } from './graphql.client';
import { SignOutClient } from './sign-out.client';
import {
  AcceptInvitationDocument,
  MeDocument,
  SessionUserFragment,
  SignInDocument,
  SignOutDocument,
} from './graphql/generated';

export type SessionUser = SessionUserFragment;

export const SIGN_IN_PATH = '/sign-in';

/** The signed-in user, as signals, and the actions that change who that is. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly signOutClient = inject(SignOutClient);
  private readonly current = signal<SessionUser | null>(null);
  private loading: Promise<SessionUser | null> | null = null;

  readonly user = this.current.asReadonly();
  readonly role = computed(() => this.current()?.role ?? null);
  readonly signedIn = computed(() => this.current() !== null);

  constructor() {
    const subscription = this.api.unauthenticated$.subscribe(() => this.sessionExpired());
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /** Whether the signed-in user's role grants the permission (the shared role → permission map). */
  can(permission: Permission): boolean {
    return hasPermission(this.role(), permission);
  }

  /** The session, asked from the API once; guards await this before deciding. */
  ensureLoaded(): Promise<SessionUser | null> {
    this.loading ??= this.refresh();
    return this.loading;
  }

  /** Asks the API who is signed in. An unreachable API counts as signed out, and is asked again next time. */
  async refresh(): Promise<SessionUser | null> {
    try {
      const { me } = await this.api.query(MeDocument);
      return this.setUser(me ?? null);
    } catch {
      this.loading = null;
      this.current.set(null);
      return null;
    }
  }

  async signIn(email: string, password: string): Promise<SessionUser> {
    const { signIn } = await this.api.mutate(SignInDocument, { input: { email, password } });
    await this.api.reset();
    return this.setUser(signIn);
  }

  async acceptInvitation(token: string, name: string, password: string): Promise<SessionUser> {
    const { acceptInvitation } = await this.api.mutate(AcceptInvitationDocument, {
      input: { token, name, password },
    });
    await this.api.reset();
    return this.setUser(acceptInvitation);
  }

  /**
   * Signs out on the server (best effort), forgets everything cached and goes to sign-in, by way
   * of the campus provider's sign-out page when the session came from single sign-on.
   */
  async signOut(): Promise<void> {
    const next = await this.signOutClient.end().catch(async () => {
      await this.api.mutate(SignOutDocument).catch(() => undefined);
      return SIGN_IN_PATH;
    });
    await this.forget();
    if (/^https?:\/\//i.test(next)) this.signOutClient.leaveTo(next);
    else await this.router.navigateByUrl(SIGN_IN_PATH);
  }

  /** Replaces the session user, e.g. after the profile was edited. */
  setUser<T extends SessionUser | null>(user: T): T {
    this.current.set(user);
    this.loading = Promise.resolve(user);
    return user;
  }

  private async forget(): Promise<void> {
    this.setUser(null);
    await this.api.reset().catch(() => undefined);
  }

  /** The API no longer accepts the session: drop it and ask the user to sign in again. */
  private async sessionExpired(): Promise<void> {
    if (!this.current()) return;
    const returnUrl = this.router.url;
    await this.forget();
    await this.router.navigate([SIGN_IN_PATH], { queryParams: { returnUrl } });
  }
}
