/** Delay before attempt n+1 after n failed attempts: base, 2·base, 4·base... capped at one hour. */
export function backoffMs(failedAttempts: number, baseMs: number): number {
  const exponent = Math.max(0, Math.min(failedAttempts - 1, 20));
  return Math.min(baseMs * 2 ** exponent, 3600_000);
}

export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}
