import { expect, hydrated, test } from './fixtures';

test('typing in the header search shows results as you type; arrows and Enter open one', async ({ page }) => {
  await page.goto('/zh/provisions/');
  await hydrated(page);
  await page.keyboard.press('/');
  await expect(page.locator('#header-search')).toBeFocused();
  await page.keyboard.type('侵犯公民个人信息罪');
  const results = page.getByTestId('search-results');
  await expect(results.getByRole('link').first()).toHaveAttribute('href', '/zh/provisions/criminal-law/253-1/');
  await expect(results.locator('mark').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/provisions\/criminal-law\/253-1\/$/);
});

test('Ctrl+K opens search and Escape closes the results', async ({ page }) => {
  await page.goto('/en/');
  await hydrated(page);
  await page.keyboard.press('Control+k');
  await expect(page.locator('#header-search')).toBeFocused();
  await page.keyboard.type('PIPL Art. 66');
  await expect(page.getByTestId('search-results').getByRole('link').first()).toHaveAttribute('href', '/en/provisions/pipl/66/');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-results')).toHaveCount(0);
});

test('the search page keeps the query and filters in the URL', async ({ page }) => {
  await page.goto('/zh/search/?q=' + encodeURIComponent('个人信息'));
  await expect(page.getByTestId('search-results').getByRole('link').first()).toBeVisible();
  await page.locator('[data-filter="liability"]').selectOption('criminal');
  await expect(page).toHaveURL(/liability=criminal/);
  await expect(page).toHaveURL(/q=%E4%B8%AA%E4%BA%BA%E4%BF%A1%E6%81%AF/);
  // The unfiltered results stay on screen until the filtered ones arrive.
  const items = page.getByTestId('search-results').locator('li');
  await expect.poll(async () => (await items.allInnerTexts()).filter((l) => !l.includes('刑事责任')).length).toBe(0);
  expect(await items.count()).toBeGreaterThan(0);
  await page.reload();
  await expect(page.locator('[data-filter="liability"]')).toHaveValue('criminal');
  await expect(page.locator('#search-page-input')).toHaveValue('个人信息');
});

test('an English query on the Chinese site is found through the translation, labelled', async ({ page }) => {
  await page.goto('/zh/search/?q=entrusted%20processing');
  const first = page.getByTestId('search-results').locator('li').first();
  await expect(first.getByRole('link')).toHaveAttribute('href', '/zh/provisions/pipl/21/');
  await expect(first).toContainText('通过本站英文译文匹配');
});

test('no results: says so and suggests terms and liability pages', async ({ page }) => {
  await page.goto('/en/search/?q=' + encodeURIComponent('<b>zzqx</b> 😀'));
  const none = page.getByTestId('search-none');
  await expect(none).toContainText('Nothing found for “<b>zzqx</b> 😀”');
  await expect(none.getByRole('link', { name: 'Criminal liability' })).toHaveAttribute('href', '/en/liability/criminal/');
  await expect(page.locator('b', { hasText: 'zzqx' })).toHaveCount(0);
});

test('the index loads only when search is used, and then only the parts the query needs', async ({ page, request }) => {
  const loaded: string[] = [];
  page.on('request', (r) => r.url().includes('/search-index/') && loaded.push(new URL(r.url()).pathname));
  await page.goto('/zh/provisions/pipl/66/');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  await page.locator('#header-search').fill('委托处理');
  const results = page.getByTestId('search-results');
  await expect(results.getByRole('link').first()).toHaveAttribute('href', '/zh/provisions/pipl/21/');
  await expect(results.locator('mark').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const head = (await (await request.get('/search-index/zh/head.json')).json()) as { shardCount: number };
  const kinds = loaded.map((p) => p.replace(/^\/search-index\/zh\/(head\.json|shards|docs|text)\b.*$/, '$1'));
  // The head once; the shards of 委托 托处 处理 (at most three); a name and a text per result shown.
  expect(kinds.filter((k) => k === 'head.json')).toHaveLength(1);
  const shards = kinds.filter((k) => k === 'shards').length;
  expect(shards).toBeGreaterThan(0);
  expect(shards).toBeLessThanOrEqual(3);
  expect(shards).toBeLessThan(head.shardCount);
  const shown = await results.locator('li').count();
  expect(kinds.filter((k) => k === 'docs')).toHaveLength(shown);
  expect(kinds.filter((k) => k === 'text')).toHaveLength(shown);
  expect(kinds.every((k) => ['head.json', 'shards', 'docs', 'text'].includes(k))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links the provisions', async ({ page }) => {
    await page.goto('/zh/search/?q=x');
    await expect(page.getByTestId('search-needs-js')).toBeVisible();
    await page.getByTestId('search-needs-js').getByRole('link').click();
    await expect(page).toHaveURL(/\/zh\/provisions\/$/);
  });
  test('the header search is a plain form that opens the search page', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('#header-search').fill('PIPL');
    await page.locator('#header-search').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=PIPL$/);
  });
});

test('on a 320 px phone the results come first, and the filters fit once opened', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/en/search/?q=credit+report');
  await expect(page.getByTestId('search-results')).toBeVisible();
  await expect(page.locator('[data-filter="instrument"]')).toBeHidden();
  const toggle = page.getByTestId('search-filters-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  for (const key of ['liability', 'instrument', 'status', 'kind']) {
    const box = await page.locator(`[data-filter="${key}"]`).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320, key).toBe(true);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
