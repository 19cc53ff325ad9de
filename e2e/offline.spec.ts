// The site installed and used without a network: the web app manifest, and "Save for offline"
// on the home page, after which pages open and search answers with the browser offline.
import { expect, hydrated, test } from './fixtures';

test('the site has a web app manifest with a name, a start URL and an icon on this origin', async ({ page, request }) => {
  await page.goto('/zh/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string }[];
  };
  expect(manifest.name).toContain('客户信息泄露法律责任');
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
  // Linked from the home pages only (on every page it cost phones blocking time).
  await page.goto('/zh/provisions/pipl/66/');
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
});

test('no service worker until the reader asks for one', async ({ page }) => {
  await page.goto('/en/');
  await hydrated(page);
  await page.goto('/en/provisions/pipl/66/');
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test('after “Save for offline”, pages open, keep their query, and search answers with the network off; then it can be removed', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/en/');
  await hydrated(page);
  const section = page.getByTestId('save-offline');
  await expect(section).toContainText(/\d+ pages, about [\d.]+ MB on the device, about [\d.]+ MB to download/);
  await section.locator('[data-offline-set="essentials"]').click();
  const status = page.getByTestId('offline-status');
  await expect(status).toContainText('Saved the essentials', { timeout: 90_000 });

  await context.setOffline(true);
  await page.goto('/en/provisions/pipl/66/');
  await expect(page.locator('h1')).toContainText('66');
  await expect(page.locator('[data-statute-text]').first()).toBeVisible();
  await page.goto('/en/check/?actor=bank-staff&act=provide&n1=600');
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('/en/search/?q=entrusted%20processing');
  await expect(page.getByTestId('search-results').getByRole('link').first()).toHaveAttribute('href', '/en/provisions/pipl/21/');
  // Not in the essentials: an earlier version's page is not there offline.
  await expect(page.goto('/en/provisions/cybersecurity-law/42/v/2017-06-01/')).rejects.toThrow();

  await context.setOffline(false);
  await page.goto('/en/');
  await hydrated(page);
  await expect(status).toContainText('Saved the essentials');
  await page.getByRole('button', { name: 'Remove the offline copy' }).click();
  await expect(status).toContainText('The offline copy is removed.');
  await expect.poll(() => page.evaluate(() => caches.keys().then((k) => k.filter((n) => n.startsWith('offline-')).length))).toBe(0);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});
