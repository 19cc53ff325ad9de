import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, subscribeStored, writeStored } from '../lib/site/local-storage';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

const refusing = new Proxy(memoryStorage(), {
  get() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
});

afterEach(() => vi.unstubAllGlobals());

describe('local storage that never throws', () => {
  it('reads, writes, removes, and announces each write in this tab', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    vi.stubGlobal('window', new EventTarget());
    const heard: string[] = [];
    const unsubscribe = subscribeStored('thing-change')(() => heard.push('change'));
    writeStored('thing', 'a', 'thing-change');
    expect(readStored('thing')).toBe('a');
    writeStored('thing', null, 'thing-change');
    expect(readStored('thing')).toBeNull();
    unsubscribe();
    writeStored('thing', 'b', 'thing-change');
    expect(heard).toEqual(['change', 'change']);
  });

  it('hears other tabs through the storage event', () => {
    vi.stubGlobal('window', new EventTarget());
    let heard = 0;
    subscribeStored('thing-change')(() => heard++);
    window.dispatchEvent(new Event('storage'));
    expect(heard).toBe(1);
  });

  it('when storage is refused, reads nothing and still announces the write', () => {
    vi.stubGlobal('localStorage', refusing);
    vi.stubGlobal('window', new EventTarget());
    let heard = 0;
    subscribeStored('thing-change')(() => heard++);
    expect(readStored('thing')).toBeNull();
    expect(() => writeStored('thing', 'a', 'thing-change')).not.toThrow();
    expect(() => writeStored('thing', null, 'thing-change')).not.toThrow();
    expect(heard).toBe(2);
  });
});
