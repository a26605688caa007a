import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { provideRouter, Router } from '@angular/router';
import { AuthStore, CancelBookingDocument } from '@debrief/portal/core';
import { Apollo } from 'apollo-angular';
import { of, throwError } from 'rxjs';
import { SchedulingClient } from './scheduling.client';
import { SchedulingError } from './scheduling-error';

describe('SchedulingClient', () => {
  const apollo = { mutate: jest.fn() };
  const auth = { setUser: jest.fn() };
  const variables = { input: { bookingId: 'b1', reason: 'Ill' } };

  function setup() {
    apollo.mutate.mockReset();
    auth.setUser.mockReset();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: Apollo, useValue: apollo }, { provide: AuthStore, useValue: auth }],
    });
    const router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    return { client: TestBed.inject(SchedulingClient), router };
  }

  it('returns the data of a successful mutation', async () => {
    const { client } = setup();
    apollo.mutate.mockReturnValue(of({ data: { cancelBooking: { id: 'b1' } } }));
    await expect(client.mutate(CancelBookingDocument, variables)).resolves.toEqual({ cancelBooking: { id: 'b1' } });
    expect(apollo.mutate).toHaveBeenCalledWith({ mutation: CancelBookingDocument, variables });
  });

  it('fails with the refusal’s reason', async () => {
    const { client } = setup();
    const errors = new CombinedGraphQLErrors({
      errors: [{ message: 'Only staff now.', extensions: { code: 'FORBIDDEN', reason: 'AFTER_CUTOFF' } }],
    });
    apollo.mutate.mockReturnValue(throwError(() => errors));
    const failure = await client.mutate(CancelBookingDocument, variables).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SchedulingError);
    expect(failure).toMatchObject({ code: 'FORBIDDEN', reason: 'AFTER_CUTOFF', message: 'Only staff now.' });
  });

  it('sends an expired session to sign in, as the core client does', async () => {
    const { client, router } = setup();
    const errors = new CombinedGraphQLErrors({ errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] });
    apollo.mutate.mockReturnValue(throwError(() => errors));
    await expect(client.mutate(CancelBookingDocument, variables)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(auth.setUser).toHaveBeenCalledWith(null);
    expect(router.navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { returnUrl: '/' } });
  });
});
