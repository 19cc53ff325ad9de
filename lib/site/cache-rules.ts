// How long a host may keep each file: one rule for `npm start`, out/_headers and the nginx config.
// Next puts a content hash in every name under /_next/static/, so those never change; anything
// else (HTML, data, feeds, the search index) keeps its name across builds and must revalidate.
export const immutablePrefix = '/_next/static/';
export const immutableCache = 'public, max-age=31536000, immutable';
export const revalidateCache = 'no-cache';

export const cacheControlFor = (urlPath: string): string => (urlPath.startsWith(immutablePrefix) ? immutableCache : revalidateCache);

/** HTTPS only, so sent by the deployment configs and not by the local HTTP server. */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';
