import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: what the cookie (or an invitation link) carries. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token, so a leaked table opens no session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
