import { createHash } from 'node:crypto';
import type { AppConfig } from '@debrief/api/core';
import helmet from 'helmet';

/**
 * The one inline script the built portal has: Angular's critical-CSS step loads the full
 * stylesheet with `<link media="print" onload="this.media='all'">`. Allowed by its hash alone
 * ('unsafe-hashes' admits event-handler attributes whose source matches a listed hash).
 */
const STYLESHEET_ONLOAD = "this.media='all'";
const sha256 = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

/**
 * Security headers on every response, the API's and the portal's (served by this app): a
 * Content-Security-Policy the built portal satisfies (scripts only from this origin; styles may be
 * inline because Angular and Angular Material write component styles into <style> elements at run
 * time), no framing by anyone (frame-ancestors 'none' and X-Frame-Options DENY), nosniff, no
 * Referer (invitation and calendar-feed URLs carry tokens), HSTS in production.
 */
export function securityHeaders(config: AppConfig) {
  const https = config.publicUrl.startsWith('https:');
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'unsafe-hashes'", sha256(STYLESHEET_ONLOAD)],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Behind HTTPS only: on a plain-HTTP start it would send the portal's own requests to https.
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xContentTypeOptions: true,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}
