/** Messages sorted by creation time, newest first (ISO-8601 UTC strings sort as text). */
export function newestFirst<T extends { createdAt: string }>(messages: readonly T[]): T[] {
  return [...messages].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
