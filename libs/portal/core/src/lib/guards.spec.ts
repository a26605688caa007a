import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, RedirectCommand, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { Permission, Role, UserStatus } from '@debrief/shared/domain';
import { AuthStore, SessionUser } from './auth.store';
import { permissionGuard } from './permission.guard';
import { signedInGuard } from './signed-in.guard';
import { signedOutGuard } from './signed-out.guard';

function userWith(role: Role): SessionUser {
  return { id: 'u1', name: 'Pat', email: 'pat@debrief.example', role, status: UserStatus.Active, timeZone: 'UTC' };
}

describe('route guards', () => {
  let session: SessionUser | null;
  const state = { url: '/admin/users?role=COACH' } as RouterStateSnapshot;
  const route = {} as ActivatedRouteSnapshot;

  beforeEach(() => {
    session = null;
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthStore, useValue: { ensureLoaded: () => Promise.resolve(session) } }],
    });
  });

  const run = (guard: typeof signedInGuard) => TestBed.runInInjectionContext(() => guard(route, state));
  const serialized = async (result: unknown) => TestBed.inject(Router).serializeUrl((await result) as UrlTree);

  describe('signedInGuard', () => {
    it('sends signed-out visitors to sign-in with a return URL', async () => {
      expect(await serialized(run(signedInGuard))).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers%3Frole%3DCOACH');
    });

    it('lets signed-in users through', async () => {
      session = userWith(Role.Student);
      expect(await run(signedInGuard)).toBe(true);
    });
  });

  describe('signedOutGuard', () => {
    it('lets signed-out visitors see the sign-in page', async () => {
      expect(await run(signedOutGuard)).toBe(true);
    });

    it('sends signed-in users home', async () => {
      session = userWith(Role.Coach);
      expect(await serialized(run(signedOutGuard))).toBe('/');
    });
  });

  describe('permissionGuard', () => {
    const usersRead = permissionGuard(Permission.UsersRead);

    it('lets through roles that have the permission', async () => {
      session = userWith(Role.Staff);
      expect(await run(usersRead)).toBe(true);
    });

    it('tells roles without the permission they have no access, keeping the typed address', async () => {
      session = userWith(Role.Student);
      const result = await run(usersRead);
      expect(result).toBeInstanceOf(RedirectCommand);
      const command = result as RedirectCommand;
      expect(TestBed.inject(Router).serializeUrl(command.redirectTo)).toBe('/no-access');
      expect(command.navigationBehaviorOptions?.skipLocationChange).toBe(true);
    });

    it('sends signed-out visitors to sign-in', async () => {
      expect(await serialized(run(usersRead))).toMatch(/^\/sign-in\?returnUrl=/);
    });
  });
});
