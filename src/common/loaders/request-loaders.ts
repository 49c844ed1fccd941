import DataLoader from 'dataloader';

const loadersByRequest = new WeakMap<object, Map<string, DataLoader<any, any>>>();

/**
 * A DataLoader that lives as long as one request: created on first use for `request` and shared by
 * every field resolver of that request, so a list's relations load in one batch per loader. Keyed
 * by the request object, so nothing is cached across requests or people.
 */
export function requestLoader<K, V>(
  request: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<Map<K, V>>,
): DataLoader<K, V | null> {
  let loaders = loadersByRequest.get(request);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(request, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>(async (keys) => {
      const found = await batch(keys);
      return keys.map((key) => found.get(key) ?? null);
    });
    loaders.set(name, loader);
  }
  return loader;
}
