/** A `subscribe` for useSyncExternalStore that calls back on any of the named window events. */
export function onWindowEvents(...names: string[]): (onChange: () => void) => () => void {
  return (onChange) => {
    for (const name of names) window.addEventListener(name, onChange);
    return () => {
      for (const name of names) window.removeEventListener(name, onChange);
    };
  };
}
