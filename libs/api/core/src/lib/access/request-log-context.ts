import type { Request } from 'express';
import { AuthUser } from './auth-user';

/**
 * Told who the request's user is as soon as the access guard knows, so every log line written
 * while serving the rest of the request names them (the server binds it to its request logger).
 * Optional: without one, nothing is logged differently.
 */
export abstract class RequestLogContext {
  abstract signedIn(request: Request, user: AuthUser): void;
}
