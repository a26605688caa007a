/**
 * Where to go after signing in: the requested path if it stays inside the portal, home otherwise.
 * Rejects absolute and protocol-relative URLs so a crafted link cannot send users off-site.
 */
export function safeReturnUrl(url: string | null | undefined): string {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return '/';
  if (url === '/sign-in' || url.startsWith('/sign-in?')) return '/';
  return url;
}
