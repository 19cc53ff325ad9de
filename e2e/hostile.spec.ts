// Garbage in the query strings of the pages that read them, and odd search input: every time a
// sensible page, and no uncaught error (the automatic guard in fixtures.ts checks that).
import { expect, test } from './fixtures';

const junk = [
  '',
  '%',
  '%ZZ',
  '%00',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}',
  '../../etc/passwd',
  '😀'.repeat(50),
  'a'.repeat(1000), // (URLs beyond ~8 KB are refused by hosts before any page loads) '\u202e\u200b', '[]', '{}', 'null', '__proto__', '1e400', '-1', '9'.repeat(30),
];

for (const [name, page, param] of [
  ['checker', 'check/', ['actor', 'act', 'n1', 'gains', 'cards', 'duty']],
  ['handout', 'handout/', ['ids']],
  ['point in time', 'provisions/in-force/', ['date']],
  ['search', 'search/', ['q', 'liability', 'status']],
] as const) {
  test(`${name}: garbage query strings open a sensible page`, async ({ page: browser }) => {
    test.setTimeout(120_000);
    for (const value of junk) {
      const query = param.map((p) => `${p}=${encodeURIComponent(value)}`).join('&');
      const response = await browser.goto(`/en/${page}?${query}`);
      expect(response?.status()).toBe(200);
      await expect(browser.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(browser.locator('img[src="x"]')).toHaveCount(0);
    }
  });
}

test('typing hostile input into the header search never breaks the page', async ({ page }) => {
  await page.goto('/zh/');
  const box = page.locator('#header-search');
  for (const value of ['(((', '[a-z]+*?', '<b>x</b>', '😀🙂', '\u0000\u0007', '第零条', 'Art.', '个保法 66 😀', '\\', '$&']) {
    await box.fill(value);
    await expect(page.getByTestId('search-results').or(page.getByTestId('search-none'))).toBeVisible();
  }
  await expect(page.locator('b', { hasText: /^x$/ })).toHaveCount(0);
});
