import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

const MAX_ENTRIES = 5000;

/**
 * The dev eID provider's storage: in memory, per provider instance, with expiry. Enough for a
 * development stand-in (one process; a restart ends open logins).
 */
export function devEidMemoryAdapter(): AdapterFactory {
  const entries = new Map<string, Entry>();
  const index = new Map<string, string>();

  const read = (key: string): AdapterPayload | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  return (name: string): Adapter => {
    const key = (id: string) => `${name}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        if (entries.size >= MAX_ENTRIES) {
          const now = Date.now();
          for (const [stored, entry] of entries) if (entry.expiresAt <= now) entries.delete(stored);
          if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
        }
        entries.set(key(id), { payload, expiresAt: Date.now() + (expiresIn ?? 3600) * 1000 });
        if (payload.uid) index.set(`uid:${payload.uid}`, key(id));
        if (payload.userCode) index.set(`userCode:${payload.userCode}`, key(id));
        if (payload.grantId) index.set(`grant:${payload.grantId}:${key(id)}`, key(id));
      },
      async find(id) {
        return read(key(id));
      },
      async findByUid(uid) {
        const stored = index.get(`uid:${uid}`);
        return stored ? read(stored) : undefined;
      },
      async findByUserCode(userCode) {
        const stored = index.get(`userCode:${userCode}`);
        return stored ? read(stored) : undefined;
      },
      async consume(id) {
        const payload = read(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        entries.delete(key(id));
      },
      async revokeByGrantId(grantId) {
        for (const [indexKey, stored] of index) {
          if (!indexKey.startsWith(`grant:${grantId}:`)) continue;
          entries.delete(stored);
          index.delete(indexKey);
        }
      },
    };
  };
}
