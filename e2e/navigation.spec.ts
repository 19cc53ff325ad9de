import { expect, locales, pageTypes, test } from './fixtures';

for (const [type, path] of Object.entries(pageTypes)) {
  test(`the language switch keeps the ${type} page`, async ({ page }) => {
    await page.goto(`/zh/${path}`);
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(new RegExp(`/en/${path}$`));
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(new RegExp(`/zh/${path}$`));
  });
}

test('the language switch keeps a paragraph anchor', async ({ page }) => {
  await page.goto('/zh/provisions/criminal-law/253-1/#p2');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/en\/provisions\/criminal-law\/253-1\/#p2$/);
});

for (const [language, expected] of [
  ['en-US', 'en'],
  ['zh-CN', 'zh'],
  ['fr-FR', 'zh'],
  ['zh-TW', 'zh'],
] as const) {
  test(`/ sends a ${language} browser to /${expected}/`, async ({ browser }) => {
    const context = await browser.newContext({ locale: language });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${expected}/$`));
    await context.close();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page type is readable', async ({ page }) => {
    test.setTimeout(120_000);
    for (const locale of locales) {
      for (const path of Object.values(pageTypes)) {
        await page.goto(`/${locale}/${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByTestId('not-legal-advice')).toBeVisible();
      }
    }
    await page.goto('/zh/provisions/pipl/66/');
    await expect(page.locator('#p1')).toBeVisible();
  });

  test('/ refreshes to the default language and offers plain links', async ({ page, request }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh\/$/);
    const html = await (await request.get('/')).text();
    expect(html).toContain('href="/zh/"');
    expect(html).toContain('href="/en/"');
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/zh\/"/i);
  });

  test('the language switch is a plain link', async ({ page }) => {
    await page.goto('/en/provisions/pipl/');
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(/\/zh\/provisions\/pipl\/$/);
  });
});
