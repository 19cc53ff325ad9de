import { expect, test } from './fixtures';

const background = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('dark mode follows the system, and the toggle overrides it and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/zh/');
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background(page);
  expect(dark).not.toBe(light);

  const toggle = page.getByTestId('theme-toggle');
  await expect(toggle).toHaveAttribute('data-theme', 'system');
  await toggle.click(); // → light
  await toggle.click(); // → dark
  await expect(toggle).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(dark);
  await page.reload();
  expect(await background(page)).toBe(dark);
  await expect(page.getByTestId('theme-toggle')).toHaveAttribute('data-theme', 'dark');
});

test('a provision prints without navigation and with link URLs shown', async ({ page }) => {
  await page.goto('/en/provisions/criminal-law/253-1/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.locator('#p1')).toBeVisible();
  const after = await page
    .locator('main a[href^="https://"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
});

test('the stylesheets use no cascade layers and no :has(), which older in-app WebViews drop', async ({ page, request }) => {
  await page.goto('/zh/provisions/criminal-law/253-1/');
  const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(sheets.length).toBeGreaterThan(0);
  for (const href of sheets) {
    const css = await (await request.get(href)).text();
    expect(css, href).not.toMatch(/@layer\b/);
    expect(css, href).not.toMatch(/:has\(/);
  }
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('the paragraph tools are shown, since there is no hover to reveal them', async ({ page }) => {
    await page.goto('/zh/provisions/pipl/66/');
    await expect(page.locator('#p2 [data-cite-tools]')).toHaveCSS('opacity', '1');
  });
});

test('with a mouse the paragraph tools wait for hover', async ({ page }) => {
  await page.goto('/zh/provisions/pipl/66/');
  const tools = page.locator('#p2 [data-cite-tools]');
  await expect(tools).toHaveCSS('opacity', '0');
  await page.locator('#p2').hover();
  await expect(tools).toHaveCSS('opacity', '1');
});
