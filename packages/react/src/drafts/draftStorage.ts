/**
 * Where unsubmitted input is kept so a reload, a crash or a dropped connection loses nothing. Pluggable: the
 * default is `localStorage`; a host may pass IndexedDB, a native WebView bridge or its own server.
 */

/** A key-value store for drafts; methods may be synchronous or return promises. */
export interface DraftStorage {
  get(key: string): string | null | undefined | Promise<string | null | undefined>;
  set(key: string, value: string): void | Promise<void>;
  remove(key: string): void | Promise<void>;
}

/** `localStorage` when the page has one (a WebView may not), else an in-memory map for the session. */
export function defaultDraftStorage(): DraftStorage {
  try {
    const ls = globalThis.localStorage;
    if (ls) {
      const probe = '__order75_probe__';
      ls.setItem(probe, '1');
      ls.removeItem(probe);
      return { get: (k) => ls.getItem(k), set: (k, v) => ls.setItem(k, v), remove: (k) => ls.removeItem(k) };
    }
  } catch {
    // Storage disabled (private mode, some WebViews): fall through to memory.
  }
  return memoryDraftStorage();
}

/** Drafts in memory (tests, or pages without storage). */
export function memoryDraftStorage(): DraftStorage {
  const map = new Map<string, string>();
  return { get: (k) => map.get(k), set: (k, v) => void map.set(k, v), remove: (k) => void map.delete(k) };
}

/** What a draft holds: the form's parts as typed, and when they were saved. */
export interface DraftSnapshot {
  savedAt: string;
  header: Record<string, unknown>;
  rows?: unknown[];
  signatures?: unknown[];
}

/** The storage key of a form's draft. */
export function draftKeyFor(recordType: string, key: string): string {
  return `order75:draft:${recordType}:${key}`;
}
