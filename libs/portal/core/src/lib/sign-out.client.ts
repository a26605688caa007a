import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/**
 * The API's sign-out (POST /auth/sign-out): it ends the Debrief session and answers where the
 * browser goes next: the campus provider's sign-out page when the session came from single
 * sign-on (so the provider's session ends too), else the sign-in path.
 */
@Injectable({ providedIn: 'root' })
export class SignOutClient {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  async end(): Promise<string> {
    const answer = await firstValueFrom(
      this.http.post<{ redirectTo?: unknown }>('/auth/sign-out', null, { headers: { Accept: 'application/json' }, withCredentials: true }),
    );
    return typeof answer?.redirectTo === 'string' ? answer.redirectTo : '/sign-in';
  }

  /** A full navigation away from the portal (another site: the provider). */
  leaveTo(url: string): void {
    this.document.location.assign(url);
  }
}
