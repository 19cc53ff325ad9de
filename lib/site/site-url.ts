// Where the site is deployed. Canonical URLs and the sitemap need an origin; set SITE_URL when
// building for a real host (the default suits a local build served on port 3000).
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
