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

test('nothing is written to storage except what a feature declares (theme, handout)', async ({ page, context }) => {
  await page.goto('/zh/');
  await page.getByTestId('theme-toggle').click();
  await page.goto('/zh/provisions/pipl/66/');
  await page.getByTestId('add-to-handout').click();
  await page.goto('/zh/check/?actor=bank-staff&act=sell&n1=60');
  await page.locator('#header-search').fill('个人信息');
  await expect(page.getByTestId('search-results')).toBeVisible();
  await page.goto('/zh/training/your-duties/');
  await page.locator('[data-question="q1"]').getByRole('radio').first().check();
  const storage = await page.evaluate(async () => ({
    local: Object.keys(localStorage).sort(),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((d) => d.name),
    workers: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
  }));
  expect(storage).toEqual({ local: ['handout', 'theme'], session: [], databases: [], workers: 0 });
  expect(await context.cookies()).toEqual([]);
});
