/**
 * Remembers an async result for `ttlMs`, sharing one computation between concurrent callers.
 * For public aggregates that may lag a few seconds behind the database, never for private data.
 */
export function memoizeFor<T>(ttlMs: number, compute: () => Promise<T>): () => Promise<T> {
  let cached: { value: Promise<T>; until: number } | undefined;
  return () => {
    const now = Date.now();
    if (!cached || cached.until < now) {
      const value = compute();
      cached = { value, until: now + ttlMs };
      value.catch(() => (cached = undefined)); // a failure is not remembered
    }
    return cached.value;
  };
}
