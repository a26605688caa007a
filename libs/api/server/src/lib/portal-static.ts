import type { ServerResponse } from 'node:http';
import expressStaticGzip from 'express-static-gzip';

/** Angular's hashed build files ("main-7QK3Z2XA.js", "chunk-….js", "styles-….css", "media/…"). */
const HASHED = /(?:-[A-Z0-9]{8}\.(?:js|mjs|css)|[\\/]media[\\/][^\\/]+)$/;

/**
 * Cache headers for the built portal: a hashed file never changes under its name, so browsers
 * keep it a year without asking; everything else (index.html, which names the current hashes)
 * is revalidated on every visit.
 */
export function setPortalCacheHeaders(res: ServerResponse, path: string): void {
  const file = path.replace(/\.(?:br|gz)$/, '');
  res.setHeader('Cache-Control', HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * Serves the portal's files compressed at build time (`file.br`, `file.gz`, written by
 * tools/portal/precompress.mjs) to clients that accept them, with `Vary: Accept-Encoding`. Requests
 * it has no file for (`/`, routes of the single-page app, the API) pass on.
 */
export function portalStaticMiddleware(root: string) {
  return expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, fallthrough: true, setHeaders: setPortalCacheHeaders },
  });
}
