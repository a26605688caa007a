import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ErrorCode, Permission, Role, UserStatus } from '@debrief/shared/domain';
import { Subject } from 'rxjs';
import { ApiError } from './api-error';
import { AuthStore, SessionUser } from './auth.store';
import { GraphqlClient } from './graphql.client';
import { SignOutClient } from './sign-out.client';
import { MeDocument, SignInDocument, SignOutDocument } from './graphql/generated';

const student: SessionUser = {
  id: 'u1',
  name: 'Sam Student',
  email: 'student@debrief.example',
  role: Role.Student,
  status: UserStatus.Active,
  pronouns: null,
  timeZone: 'Europe/Berlin',
};

function fakeClient() {
  return {
    query: jest.fn(),
    mutate: jest.fn(),
    reset: jest.fn().mockResolvedValue(undefined),
    unauthenticated$: new Subject<void>(),
  };
}

describe('AuthStore', () => {
  let client: ReturnType<typeof fakeClient>;
  let store: AuthStore;
  let router: Router;
  let signOutClient: { end: jest.Mock; leaveTo: jest.Mock };

  beforeEach(() => {
    client = fakeClient();
    signOutClient = { end: jest.fn().mockResolvedValue('/sign-in'), leaveTo: jest.fn() };
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: GraphqlClient, useValue: client }, { provide: SignOutClient, useValue: signOutClient }],
    });
    store = TestBed.inject(AuthStore);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
  });

  it('starts signed out and grants nothing', () => {
    expect(store.user()).toBeNull();
    expect(store.signedIn()).toBe(false);
    expect(store.can(Permission.CoachesRead)).toBe(false);
  });

  it('loads the session once with `me`', async () => {
    client.query.mockResolvedValue({ me: student });
    await store.ensureLoaded();
    await store.ensureLoaded();
    expect(client.query).toHaveBeenCalledTimes(1);
    expect(client.query).toHaveBeenCalledWith(MeDocument);
    expect(store.role()).toBe(Role.Student);
  });

  it('derives permissions from the shared role map', async () => {
    client.query.mockResolvedValue({ me: { ...student, role: Role.Staff } });
    await store.refresh();
    expect(store.can(Permission.OutboxRead)).toBe(true);
    expect(store.can(Permission.UsersRead)).toBe(true);
    expect(store.can(Permission.UsersManage)).toBe(false);
  });

  it('treats an unreachable API as signed out and asks again next time', async () => {
    client.query.mockRejectedValueOnce(new ApiError(ErrorCode.InternalServerError, 'down'));
    expect(await store.ensureLoaded()).toBeNull();
    client.query.mockResolvedValueOnce({ me: student });
    expect(await store.ensureLoaded()).toEqual(student);
  });

  it('signs in, clears the cache and keeps the user', async () => {
    client.mutate.mockResolvedValue({ signIn: student });
    await store.signIn('student@debrief.example', 'debrief-demo');
    expect(client.mutate).toHaveBeenCalledWith(SignInDocument, {
      input: { email: 'student@debrief.example', password: 'debrief-demo' },
    });
    expect(client.reset).toHaveBeenCalled();
    expect(store.user()).toEqual(student);
  });

  it('leaves the user signed out when sign-in fails', async () => {
    client.mutate.mockRejectedValue(new ApiError(ErrorCode.Unauthenticated, 'nope'));
    await expect(store.signIn('a@b.example', 'wrong-password')).rejects.toBeInstanceOf(ApiError);
    expect(store.user()).toBeNull();
  });

  it('signs out on the server and goes to sign-in within the portal', async () => {
    store.setUser(student);
    await store.signOut();
    expect(signOutClient.end).toHaveBeenCalled();
    expect(signOutClient.leaveTo).not.toHaveBeenCalled();
    expect(store.user()).toBeNull();
    expect(client.reset).toHaveBeenCalled();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/sign-in');
  });

  it('goes on to the campus provider’s sign-out page when the server names one', async () => {
    store.setUser(student);
    signOutClient.end.mockResolvedValue('https://idp.example.edu/session/end?id_token_hint=x');
    await store.signOut();
    expect(store.user()).toBeNull();
    expect(signOutClient.leaveTo).toHaveBeenCalledWith('https://idp.example.edu/session/end?id_token_hint=x');
    expect(router.navigateByUrl).not.toHaveBeenCalled();
  });

  it('signs out even when the server calls fail, then goes to sign-in', async () => {
    store.setUser(student);
    signOutClient.end.mockRejectedValue(new Error('offline'));
    client.mutate.mockRejectedValue(new ApiError(ErrorCode.InternalServerError, 'down'));
    await store.signOut();
    expect(client.mutate).toHaveBeenCalledWith(SignOutDocument);
    expect(store.user()).toBeNull();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/sign-in');
  });

  it('sends a signed-in user back to sign-in when the session expires', async () => {
    store.setUser(student);
    jest.spyOn(router, 'url', 'get').mockReturnValue('/coaches?specialty=CODING');
    client.unauthenticated$.next();
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.user()).toBeNull();
    expect(router.navigate).toHaveBeenCalledWith(['/sign-in'], {
      queryParams: { returnUrl: '/coaches?specialty=CODING' },
    });
  });

  it('ignores UNAUTHENTICATED errors while signed out (e.g. wrong password)', () => {
    client.unauthenticated$.next();
    expect(router.navigate).not.toHaveBeenCalled();
  });
});
