// Where the session lives between page loads. Like idb-keyval: a tiny interface over a named
// store, swappable for memory or sessionStorage.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Persistence, SessionStore } from './types.js';

export type { Persistence, SessionStore };

/** How long an IndexedDB operation may take before the store counts as broken, in ms. */
const IDB_TIME_LIMIT = 3_000;

/**
 * Sessions in IndexedDB, in their own database (`ringcx-elements` / `sessions` by default).
 * The database opens on first use.
 */
export function createIndexedDbStore(dbName = 'ringcx-elements', storeName = 'sessions'): SessionStore {
  let idb: UseStore | undefined;
  const use = (): UseStore => (idb ??= createStore(dbName, storeName));
  return {
    // Wrapped in async functions so that a missing `indexedDB` rejects instead of throwing.
    get: async (key) => inTime(get(key, use())),
    set: async (key, value) => inTime(set(key, value, use())),
    delete: async (key) => inTime(del(key, use())),
  };
}

/** An open blocked by another tab's upgrade waits forever; fail instead, so the page can go on. */
function inTime<T>(operation: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DOMException('IndexedDB did not answer in time.', 'TimeoutError')), IDB_TIME_LIMIT);
  });
  return Promise.race([operation, late]).finally(() => clearTimeout(timer));
}

/** Sessions in memory: gone on reload. For tests, and for `persistence: 'none'`. */
export function createMemoryStore(): SessionStore {
  const values = new Map<string, unknown>();
  return {
    get: async (key) => structuredClone(values.get(key)),
    set: async (key, value) => void values.set(key, structuredClone(value)),
    delete: async (key) => void values.delete(key),
  };
}

/** Sessions in `sessionStorage`: kept across reloads, gone when the tab closes. */
export function createSessionStorageStore(prefix = 'ringcx-elements:'): SessionStore {
  return {
    get: async (key) => {
      const text = sessionStorage.getItem(prefix + key);
      if (text === null) return undefined;
      try {
        return JSON.parse(text);
      } catch {
        return text; // corrupt: the reader discards it, the storage itself is fine
      }
    },
    set: async (key, value) => sessionStorage.setItem(prefix + key, JSON.stringify(value)),
    delete: async (key) => sessionStorage.removeItem(prefix + key),
  };
}

/** The store for a persistence setting. */
export function storeFor(persistence: Persistence): SessionStore {
  if (persistence === 'none') return createMemoryStore();
  if (persistence === 'session') return createSessionStorageStore();
  return createIndexedDbStore();
}

/**
 * A store that falls back to memory for the rest of the page's life when the given one fails
 * (IndexedDB missing, blocked, broken or over quota), and says so once through `onFallback`.
 */
export function withMemoryFallback(store: SessionStore, onFallback: (error: unknown) => void): SessionStore {
  const memory = createMemoryStore();
  let failed = false;
  const attempt = async <T>(key: string, operation: (target: SessionStore) => Promise<T>): Promise<T> => {
    if (!failed) {
      try {
        return await operation(store);
      } catch (error) {
        // Two operations in flight may both fail: the fallback is still said once.
        if (!failed) {
          failed = true;
          onFallback(error);
          // Best effort, once: a record the failing store still holds must not come back on the next
          // load. Nothing is written to it after this, so it cannot hold a newer one.
          store.delete(key).catch(() => {});
        }
      }
    }
    return operation(memory);
  };
  return {
    get: (key) => attempt(key, (target) => target.get(key)),
    set: (key, value) => attempt(key, (target) => target.set(key, value)),
    delete: (key) => attempt(key, (target) => target.delete(key)),
  };
}
