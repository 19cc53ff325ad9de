import { expect, locales, pageTypes, test } from './fixtures';

test('a walk through the site requests nothing from another host and sets no cookie', async ({ page, context, requests }) => {
  test.setTimeout(180_000);
  for (const locale of locales) {
    for (const path of Object.values(pageTypes)) {
      await page.goto(`/${locale}/${path}`);
      await page.waitForLoadState('networkidle');
    }
  }
  await page.getByTestId('language-switch').click();
  await page.waitForLoadState('networkidle');
  expect(requests.length).toBeGreaterThan(16);
  const foreign = requests.filter((u) => u.hostname !== 'localhost' && u.protocol !== 'data:');
  expect(foreign.map(String)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
