import { Injectable, inject } from '@angular/core';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { ErrorCode } from '@debrief/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, Subject } from 'rxjs';
import { ApiError, toApiError } from './api-error';

/**
 * The portal's one way to call the API: promise-based, always fresh from the network, and every
 * failure rethrown as an ApiError. UNAUTHENTICATED failures are also announced so the session can
 * be dropped and the user sent to sign in.
 */
@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly apollo = inject(Apollo);
  private readonly unauthenticatedSubject = new Subject<void>();
  readonly unauthenticated$ = this.unauthenticatedSubject.asObservable();

  async query<TData, TVariables extends OperationVariables>(
    query: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    try {
      // Apollo types `variables` as required-or-absent per document; generic code cannot prove which.
      const options = { query, variables, fetchPolicy: 'network-only' } as Apollo.QueryOptions<TData, TVariables>;
      const result = await firstValueFrom(this.apollo.query(options));
      return this.dataOf(result.data);
    } catch (error) {
      throw this.fail(error);
    }
  }

  async mutate<TData, TVariables extends OperationVariables>(
    mutation: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    try {
      const options = { mutation, variables } as Apollo.MutateOptions<TData, TVariables>;
      const result = await firstValueFrom(this.apollo.mutate(options));
      return this.dataOf(result.data);
    } catch (error) {
      throw this.fail(error);
    }
  }

  /** Forgets every cached result, e.g. when the signed-in user changes. */
  async reset(): Promise<void> {
    await this.apollo.client.clearStore();
  }

  private dataOf<TData>(data: TData | null | undefined): TData {
    if (data == null) throw new ApiError(ErrorCode.InternalServerError, 'The server sent no data.');
    return data;
  }

  private fail(error: unknown): ApiError {
    const apiError = toApiError(error);
    if (apiError.code === ErrorCode.Unauthenticated) this.unauthenticatedSubject.next();
    return apiError;
  }
}
