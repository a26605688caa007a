import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from './domain.error';

/**
 * Hands domain errors straight to GraphQL's error formatter. Without it Nest logs every
 * expected refusal (a wrong password, a taken email) as an ERROR with a stack trace.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
