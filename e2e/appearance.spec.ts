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
