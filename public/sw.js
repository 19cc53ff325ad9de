// The service worker. Registered only when a reader chooses "Save for offline" on the home
// page; then it caches the URLs the build listed for that set (/offline/<locale>-<set>.json)
// and answers from that cache when the network does not. Same origin only; it sends nothing
// anywhere else. Hashed assets under /_next/static/ never change, so they come from the cache
// first; pages and the search index come from the network first, so an online reader always
// sees the current text.

// One cache per saved copy: offline-<locale>-<build>-<set>. A new save replaces the old copy
// only once it is complete, so a failed save leaves the old one.
const prefix = (locale) => `offline-${locale}-`;
const savedKey = (locale) => `/offline/saved-${locale}`;

async function dropCopies(locale, keep) {
  for (const name of await caches.keys()) if (name.startsWith(prefix(locale)) && name !== keep) await caches.delete(name);
}

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const { type, locale, set } = event.data ?? {};
  if (!/^(zh|en)$/.test(locale ?? '')) return;
  if (type === 'save' && /^(essentials|everything)$/.test(set ?? '')) event.waitUntil(save(locale, set, event.source));
  if (type === 'remove') event.waitUntil(dropCopies(locale).then(() => event.source?.postMessage({ type: 'removed', locale })));
});

async function save(locale, set, client) {
  const tell = (message) => client?.postMessage({ locale, ...message });
  try {
    const list = await (await fetch(`/offline/${locale}-${set}.json`, { cache: 'no-store' })).json();
    const name = `${prefix(locale)}${list.version}-${set}`;
    await caches.delete(name);
    const cache = await caches.open(name);
    const batch = 6;
    for (let i = 0; i < list.urls.length; i += batch) {
      await Promise.all(
        list.urls.slice(i, i + batch).map(async (url) => {
          const response = await fetch(url, { cache: 'no-store' });
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          await cache.put(url, response);
        }),
      );
      tell({ type: 'progress', done: Math.min(i + batch, list.urls.length), total: list.urls.length });
    }
    const saved = { set, version: list.version, date: new Date().toISOString(), files: list.urls.length };
    await cache.put(savedKey(locale), new Response(JSON.stringify(saved), { headers: { 'content-type': 'application/json' } }));
    await dropCopies(locale, name);
    tell({ type: 'saved', saved });
  } catch (error) {
    tell({ type: 'failed', reason: String(error) });
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(url.pathname.startsWith('/_next/static/') ? cacheFirst(request) : networkFirst(request, url));
});

async function cacheFirst(request) {
  return (await caches.match(request, { ignoreVary: true })) ?? fetch(request);
}

async function networkFirst(request, url) {
  try {
    return await fetch(request);
  } catch (error) {
    // Offline: the saved page, whatever its query string (the checker's state lives there),
    // and with the trailing slash a static host would have redirected to.
    const navigate = request.mode === 'navigate';
    const found =
      (await caches.match(request, { ignoreSearch: navigate, ignoreVary: true })) ??
      (navigate && !url.pathname.endsWith('/') ? await caches.match(`${url.pathname}/`, { ignoreVary: true }) : undefined);
    if (found) return found;
    throw error;
  }
}
