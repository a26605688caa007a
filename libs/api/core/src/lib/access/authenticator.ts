import type { Request } from 'express';
import { AuthUser } from './auth-user';

/**
 * Resolves the user behind a request (the identity domain implements it with session cookies).
 * Kept abstract here so the access guard does not depend on a feature library.
 */
export abstract class Authenticator {
  abstract authenticate(request: Request): Promise<AuthUser | null>;
}
