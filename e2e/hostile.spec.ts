// Generated hostile input, counted, for every feature that reads input: search (typed and in the
// URL), the checker (URL and number fields), the handout (URL and stored list) and the
// point-in-time view (URL and date field). Each input must leave a sensible page, reflect no
// markup, and raise no uncaught error (the automatic guard in fixtures.ts fails the test on one).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { hostileInputs, reflectedMarkup } from './hostile-inputs';

async function visit(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator(reflectedMarkup), url).toHaveCount(0);
}
// A lone surrogate cannot be percent-encoded, so in a URL it becomes the bytes of one (invalid
// UTF-8); each value is capped so the URL stays under the 8 KB hosts accept.
const encode = (v: string) =>
  v
    .split(/([\ud800-\udfff])/)
    .map((part, i) => (i % 2 ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('')
    .slice(0, 1200);
const query = (names: readonly string[], values: string[]) => names.map((n, i) => `${n}=${encode(values[i % values.length])}`).join('&');
const report = (feature: string, n: number) => console.log(`hostile input: ${feature}: ${n} inputs tried, 0 failures`);

test('search: 400 typed queries and 40 in the URL', async ({ page }) => {
  test.setTimeout(240_000);
  const typed = hostileInputs(400, 1);
  await page.goto('/zh/');
  const box = page.locator('#header-search');
  for (const value of typed) {
    await box.fill(value);
    if (/[\p{L}\p{N}]/u.test(value)) await expect(page.getByTestId('search-results').or(page.getByTestId('search-none'))).toBeVisible();
    await expect(page.locator(reflectedMarkup), value).toHaveCount(0);
  }
  const inUrl = hostileInputs(120, 2);
  for (let i = 0; i < 40; i++) await visit(page, `/en/search/?${query(['q', 'liability', 'status'], inUrl.slice(i * 3, i * 3 + 3))}`);
  report('search', typed.length + 40);
});

test('checker: 150 garbage query strings and 120 values pasted into its number fields', async ({ page }) => {
  test.setTimeout(240_000);
  const values = hostileInputs(900, 3);
  const params = ['actor', 'act', 'n1', 'n2', 'n3', 'gains', 'cards', 'duty'] as const;
  for (let i = 0; i < 150; i++) await visit(page, `/en/check/?${query(params, values.slice(i * 6, i * 6 + 6))}`);
  await visit(page, '/zh/check/?actor=bank-staff&act=sell');
  const fields = page.locator('input[type="number"]');
  const pasted = hostileInputs(120, 4);
  for (const [i, value] of pasted.entries()) {
    // What a paste leaves in a number field: the browser keeps only a valid number, or nothing.
    await fields.nth(i % (await fields.count())).evaluate((el, v) => {
      if (!(el instanceof HTMLInputElement)) return;
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator(reflectedMarkup), value).toHaveCount(0);
  }
  report('checker', 150 + pasted.length);
});

test('handout: 60 garbage id lists in the URL and 200 damaged stored lists', async ({ page }) => {
  test.setTimeout(240_000);
  const values = hostileInputs(260, 5);
  for (let i = 0; i < 60; i++) await visit(page, `/en/handout/?ids=${encode(values.slice(i * 2, i * 2 + 2).join(','))}`);
  await visit(page, '/en/handout/');
  const stored = hostileInputs(200, 6).map((v, i) =>
    i % 3 === 0 ? v : i % 3 === 1 ? JSON.stringify([v, 'pipl/66']) : JSON.stringify({ v }),
  );
  for (const value of stored) {
    await page.evaluate((v) => {
      localStorage.setItem('handout', v);
      window.dispatchEvent(new StorageEvent('storage', { key: 'handout' })); // as another tab's write arrives
    }, value);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator(reflectedMarkup), value).toHaveCount(0);
  }
  report('handout', 60 + stored.length);
});

test('point in time: 100 garbage dates in the URL and 60 typed into the date field', async ({ page }) => {
  test.setTimeout(240_000);
  const values = hostileInputs(160, 7);
  for (let i = 0; i < 100; i++) await visit(page, `/zh/provisions/in-force/?date=${encode(values[i])}`);
  const field = page.locator('input[type="date"]');
  for (const value of values.slice(100)) {
    await field.evaluate((el, v) => {
      if (!(el instanceof HTMLInputElement)) return;
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
    await expect(page.locator(reflectedMarkup), value).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  report('point in time', 160);
});
