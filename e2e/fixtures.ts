import { test as base, expect } from '@playwright/test';

/** One page of each type, by path under a locale. */
export const pageTypes = {
  home: '',
  instruments: 'provisions/',
  instrument: 'provisions/criminal-law/',
  provision: 'provisions/criminal-law/253-1/',
  civil: 'liability/civil/',
  criminal: 'liability/criminal/',
  administrative: 'liability/administrative/',
  guide: 'guides/outsourced-card-centre-agent/',
  search: 'search/',
  check: 'check/',
  training: 'training/',
  module: 'training/where-the-criminal-line-lies/',
  cases: 'cases/',
  case: 'cases/benxi-bank-staff-sells-credit-reports/',
} as const;

export const locales = ['zh', 'en'] as const;

/**
 * `requests`: every request a page makes, for privacy checks.
 * `guard` (automatic, every test): no uncaught error and no Content Security Policy violation.
 */
export const test = base.extend<{ requests: URL[]; guard: void }>({
  guard: [
    async ({ page }, provide) => {
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
      });
      await provide();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
  requests: async ({ page }, provide) => {
    const seen: URL[] = [];
    page.on('request', (r) => seen.push(new URL(r.url())));
    await provide(seen);
  },
});

export { expect };

/** Resolves once React has hydrated the page (the theme toggle gets its state only then). */
export async function hydrated(page: import('@playwright/test').Page) {
  await expect(page.locator('[data-testid="theme-toggle"][data-theme]')).toBeVisible();
}
