'use client';
// State that lives in the query string. The page is rendered statically with `initial` (so its
// form is in the HTML and nothing shifts when JavaScript starts); the URL is read once mounted,
// and every later change is written back with replaceState, so a result can be shared.
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

export function useQueryState<T>(initial: T, read: (params: URLSearchParams) => T, write: (state: T) => string): [T, Dispatch<SetStateAction<T>>] {
  const [state, setState] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  // `read` and `write` are fixed per component; only the first read matters.
  useEffect(() => {
    setState(read(new URLSearchParams(window.location.search)));
    setLoaded(true);
  }, []);
  useEffect(() => {
    if (!loaded) return;
    const query = write(state);
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  }, [state, loaded]);
  return [state, setState];
}
