import { inject, Injectable } from '@angular/core';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { Router } from '@angular/router';
import { ApiError, AuthStore, GENERIC_ERROR_MESSAGE, SIGN_IN_PATH } from '@debrief/portal/core';
import { ErrorCode } from '@debrief/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { SchedulingError, toSchedulingError } from './scheduling-error';

/**
 * Scheduling mutations, sent like GraphqlClient sends them but failing with a SchedulingError,
 * which keeps the API's refusal reason, next free slots and per-range problems that the portal
 * shows (GraphqlClient reduces every failure to code and message). Reads use GraphqlClient.
 */
@Injectable({ providedIn: 'root' })
export class SchedulingClient {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  async mutate<TData, TVariables extends OperationVariables>(
    mutation: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData> {
    let failure: SchedulingError;
    try {
      const options = { mutation, variables } as Apollo.MutateOptions<TData, TVariables>;
      const { data } = await firstValueFrom(this.apollo.mutate(options));
      if (data != null) return data;
      failure = toSchedulingError(new ApiError(ErrorCode.InternalServerError, GENERIC_ERROR_MESSAGE));
    } catch (error) {
      failure = toSchedulingError(error);
    }
    if (failure.code === ErrorCode.Unauthenticated) void this.sessionExpired();
    throw failure;
  }

  /** As AuthStore does for GraphqlClient: forget the user and ask them to sign in again. */
  private async sessionExpired(): Promise<void> {
    const returnUrl = this.router.url;
    this.auth.setUser(null);
    await this.router.navigate([SIGN_IN_PATH], { queryParams: { returnUrl } });
  }
}
