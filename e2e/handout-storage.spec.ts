// The handout kept in localStorage survives what real browsers hold: damaged JSON, a value from
// an older version, an id whose provision was removed, entries that are not ids at all, and
// another tab changing the list. The builder says what it could not restore and never throws
// (the automatic guard in fixtures.ts fails any test with an uncaught error).
import { expect, test } from './fixtures';

const seed = (value: string) => `localStorage.setItem('handout', ${JSON.stringify(value)})`;

test('damaged JSON: the builder says the saved handout could not be read', async ({ page }) => {
  await page.addInitScript(seed('["criminal-law/253-1",'));
  await page.goto('/en/handout/');
  await expect(page.getByTestId('handout-not-restored')).toContainText('could not be read');
  await expect(page.getByTestId('handout-empty')).toBeVisible();
});

test('an old non-list value is reported, not silently dropped', async ({ page }) => {
  await page.addInitScript(seed('{"items":["pipl/66"]}'));
  await page.goto('/zh/handout/');
  await expect(page.getByTestId('handout-not-restored')).toContainText('无法读取');
});

test('a removed provision and non-id entries: the rest is restored, each problem is named', async ({ page }) => {
  await page.addInitScript(seed(JSON.stringify(['pipl/66', 'pipl/999', '<b>x</b>', 5, null, 'criminal-law/253-1'])));
  await page.goto('/en/handout/');
  await expect(page.locator('[data-handout-item]')).toHaveCount(3);
  await expect(page.locator('[data-handout-item="pipl/66"] [data-handout-title]')).toContainText('Art. 66');
  await expect(page.locator('[data-handout-item="pipl/999"] [data-handout-missing]')).toHaveText('Not found: pipl/999');
  const notice = page.getByTestId('handout-not-restored');
  await expect(notice).toContainText('<b>x</b>');
  await expect(notice).toContainText('5');
  await expect(notice).toContainText('null');
  await expect(page.locator('b', { hasText: /^x$/ })).toHaveCount(0);
});

test('another tab changing the list updates this one', async ({ context }) => {
  const builder = await context.newPage();
  await builder.goto('/en/handout/');
  await expect(builder.getByTestId('handout-empty')).toBeVisible();
  const other = await context.newPage();
  await other.goto('/en/provisions/pipl/66/');
  await other.getByTestId('add-to-handout').click();
  await expect(builder.locator('[data-handout-item="pipl/66"]')).toBeVisible();
  // The builder now carries the list in its URL, so damage written by the other tab later
  // neither empties it nor throws.
  await expect(builder).toHaveURL(/\?ids=pipl\/66$/);
  await other.evaluate(() => localStorage.setItem('handout', 'not json'));
  await other.evaluate(() => localStorage.setItem('handout', '["pipl/66","criminal-law/253-1"]'));
  await expect(builder.locator('[data-handout-item="pipl/66"]')).toBeVisible();
});

test('storage that refuses to work (private mode, quota) leaves the handout usable from the URL', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto('/en/handout/?ids=pipl/66');
  await expect(page.locator('[data-handout-item="pipl/66"]')).toBeVisible();
  await page.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByTestId('handout-empty')).toBeVisible();
});
