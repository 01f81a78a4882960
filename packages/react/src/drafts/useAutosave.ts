/**
 * Autosave: a short debounce after each change, and an immediate save when the page is hidden or unloaded
 * (tab switch, app to background, reload), so typed input survives a reload or a dropped connection.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { DraftSnapshot, DraftStorage } from './draftStorage';

export interface Autosave {
  /** Call on every change; saves after `delayMs` of quiet. */
  changed(): void;
  /** Saves now (pending changes only). */
  flush(): void;
  /** Forgets the draft (after a successful submit or a discard). */
  clear(): void;
}

export function useAutosave(
  storage: DraftStorage | null,
  key: string,
  snapshot: () => Omit<DraftSnapshot, 'savedAt'>,
  onSaved: (at: Date) => void,
  delayMs = 300,
): Autosave {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef(false);
  const latest = useRef({ storage, key, snapshot, onSaved });
  latest.current = { storage, key, snapshot, onSaved };

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { storage: s, key: k, snapshot: snap, onSaved: saved } = latest.current;
    if (!s || !dirty.current) return;
    dirty.current = false;
    const at = new Date();
    void Promise.resolve(s.set(k, JSON.stringify({ ...snap(), savedAt: at.toISOString() }))).then(() => saved(at));
  }, []);
  const changed = useCallback(() => {
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, delayMs);
  }, [flush, delayMs]);
  const clear = useCallback(() => {
    clearTimeout(timer.current);
    dirty.current = false;
    const { storage: s, key: k } = latest.current;
    if (s) void s.remove(k);
  }, []);

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [flush]);

  return { changed, flush, clear };
}
