/** Loads JSON from the API for a page, with a reload; errors come back as bilingual messages. */
import type { Message } from '@order75/core';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiFailure } from '../api';

export function useData<T>(url: string | undefined): { data?: T; error?: Message; reload: () => void } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Message>();
  const [n, setN] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `n` is the reload counter; changing it refetches
  useEffect(() => {
    if (!url) return;
    let live = true;
    api.get<T>(url).then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(undefined);
      },
      (e) => {
        if (live) setError(e instanceof ApiFailure ? e.text : { zh: String(e), en: String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [url, n]);
  return { data, error, reload: useCallback(() => setN((x) => x + 1), []) };
}
