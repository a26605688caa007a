import { Injectable } from '@nestjs/common';
import { AuthUser, RequestLogContext } from '@debrief/api/core';
import { PinoLogger } from 'nestjs-pino';

/**
 * Binds the signed-in user's id to the request's logger (nestjs-pino keeps it per request), so
 * every later line of that request, the completion line included, carries `userId`. Only the id:
 * names and emails are student data and stay out of the logs.
 */
@Injectable()
export class PinoRequestLogContext extends RequestLogContext {
  constructor(private readonly logger: PinoLogger) {
    super();
  }

  signedIn(_request: unknown, user: AuthUser): void {
    try {
      this.logger.assign({ userId: user.id });
    } catch {
      // Outside a request's scope (e.g. a WebSocket upgrade): nothing to bind to.
    }
  }
}
