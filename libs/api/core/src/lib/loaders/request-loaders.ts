import DataLoader from 'dataloader';

const registry = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * One DataLoader per request and key: the first field resolver of a request that asks for
 * `key` creates it, every later one in the same request shares its batch and cache.
 */
export function requestLoader<K, V>(request: object, key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loaders = registry.get(request);
  if (!loaders) {
    loaders = new Map();
    registry.set(request, loaders);
  }
  let loader = loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results by key, with `fallback` where a key has no row. */
export function byKeys<K, V, F>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, fallback: F): (V | F)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((k) => map.get(k) ?? fallback);
}
