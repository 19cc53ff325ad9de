import { expect, hydrated, test } from './fixtures';
import { z } from 'zod';
import { provisionExport } from '../lib/provisions/data-export';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('copy the citation in both forms, and the text with citation and permalink', async ({ page }) => {
  await page.goto('/zh/provisions/pipl/66/');
  await hydrated(page);
  const panel = page.getByTestId('cite-panel');
  await panel.getByRole('button', { name: '复制中文引用' }).click();
  await expect(panel.getByRole('button', { name: '已复制' })).toBeVisible();
  expect(await clipboard(page)).toBe('《中华人民共和国个人信息保护法》第六十六条');
  await panel.getByRole('button', { name: '复制英文引用' }).click();
  expect(await clipboard(page)).toBe('Personal Information Protection Law of the PRC, Art. 66');
  await panel.getByRole('button', { name: '复制条文及引用' }).click();
  const copied = await clipboard(page);
  expect(copied).toMatch(/^违反本法规定处理个人信息/);
  expect(copied).toContain('——《中华人民共和国个人信息保护法》第六十六条');
  expect(copied).toMatch(/http:\/\/localhost:\d+\/zh\/provisions\/pipl\/66\/$/);
  expect(copied).not.toContain('引用');
});

test('paragraph and item tools: citation, text and link, reachable by keyboard', async ({ page }) => {
  await page.goto('/en/provisions/personal-info-crimes-interpretation/5/');
  await hydrated(page);
  const item = page.locator('#p1-i8');
  await item.hover();
  await item.getByRole('button', { name: /Copy citation of this item/ }).click();
  expect(await clipboard(page)).toMatch(/, Art\. 5\(1\)\(8\)$/);
  await page.goto('/zh/provisions/pipl/66/');
  await hydrated(page);
  const p2 = page.locator('#p2');
  await p2.getByRole('button', { name: /复制本款引用/ }).focus();
  await expect(p2.locator('[data-cite-tools]')).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  expect(await clipboard(page)).toBe('《中华人民共和国个人信息保护法》第六十六条第二款');
  await p2.getByRole('button', { name: /复制链接/ }).click();
  expect(await clipboard(page)).toMatch(/\/zh\/provisions\/pipl\/66\/#p2$/);
});

test('a paragraph permalink scrolls to it and highlights it', async ({ page }) => {
  await page.goto('/zh/provisions/personal-info-crimes-interpretation/5/#p2-i3');
  const target = page.locator('#p2-i3');
  await expect(target).toBeInViewport();
  const outline = await target.evaluate((e) => getComputedStyle(e).outlineStyle);
  expect(outline).not.toBe('none');
});

test('every version has a permanent URL; an earlier one says so and shows what changed', async ({ page }) => {
  await page.goto('/zh/provisions/criminal-law/253-1/');
  await page
    .getByTestId('version-list')
    .getByRole('link', { name: /2009-02-28 至 2015-10-31/ })
    .click();
  await expect(page).toHaveURL(/\/zh\/provisions\/criminal-law\/253-1\/v\/2009-02-28\/$/);
  await expect(page.getByTestId('not-current')).toContainText('这不是现行文本');
  await expect(page.locator('#p1')).toContainText('国家机关或者金融、电信');
  await page.goto('/zh/provisions/criminal-law/253-1/v/2015-11-01/');
  await expect(page.getByTestId('not-current')).toHaveCount(0);
  const diff = page.getByTestId('version-diff');
  await expect(diff.locator('del').first()).toBeVisible();
  await expect(diff.locator('ins', { hasText: '情节特别严重' })).toHaveCount(1);
});

test('side by side, paragraph by paragraph', async ({ page }) => {
  await page.goto('/en/provisions/criminal-law/253-1/parallel/');
  const rows = page.getByTestId('parallel').locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1).locator('td').first()).toContainText('从重处罚');
  await expect(rows.nth(1).locator('td').last()).toContainText('heavier');
});

test('the point in time keeps the date in the URL and switches versions at the boundary', async ({ page }) => {
  await page.goto('/en/provisions/in-force/?date=2015-10-31');
  const list = page.getByTestId('in-force-list');
  await expect(list.locator('[data-entry="criminal-law/253-1@2009-02-28"]')).toHaveCount(1);
  await expect(list.locator('[data-entry="criminal-law/253-1@2015-11-01"]')).toHaveCount(0);
  await page.getByTestId('in-force-date').fill('2015-11-01');
  await expect(page).toHaveURL(/date=2015-11-01/);
  await expect(list.locator('[data-entry="criminal-law/253-1@2015-11-01"]')).toHaveCount(1);
  await expect(list.locator('[data-entry="criminal-law/253-1@2009-02-28"]')).toHaveCount(0);
  await page.getByTestId('in-force-date').fill('2020-12-31');
  await expect(list.locator('[data-entry="contract-law/107@1999-10-01"]')).toHaveCount(1);
  await expect(list.locator('[data-entry="civil-code/577@2021-01-01"]')).toHaveCount(0);
});

test('the replacement table maps old to new, and each side links the other', async ({ page }) => {
  await page.goto('/zh/provisions/replaced/');
  const row = page.getByTestId('replacements').locator('[data-old="tort-liability-law/2"]');
  await expect(row).toContainText('2020-12-31');
  await expect(row.getByRole('link', { name: /民法典第一千一百六十四条/ })).toBeVisible();
  await expect(page.getByTestId('replacements').locator('[data-old="cybersecurity-law/64"]')).toContainText('网络安全法第七十一条');
  await page.goto('/zh/provisions/civil-code/1165/');
  await expect(page.locator('main').getByRole('link', { name: /侵权责任法》第二条/ })).toBeVisible();
});

test('a provision lists what it cites and what cites it', async ({ page }) => {
  await page.goto('/zh/provisions/criminal-law/177-1/');
  await expect(page.getByTestId('citedBy').getByRole('link', { name: /第三条/ })).toBeVisible();
  await page.goto('/zh/provisions/credit-card-crimes-interpretation/3/');
  await expect(page.getByTestId('cites').getByRole('link', { name: /刑法第一百七十七条之一/ })).toBeVisible();
  await expect(page.locator('#p1').getByRole('link', { name: /刑法第一百七十七条之一第二款/ })).toHaveAttribute(
    'href',
    '/zh/provisions/criminal-law/177-1/#p2',
  );
});

test('change log and Atom feed', async ({ page, request }) => {
  await page.goto('/en/changes/');
  await expect(page.locator('[data-change]').first()).toBeVisible();
  const feed = await request.get('/en/feed.xml');
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect((xml.match(/<entry>/g) ?? []).length).toBeGreaterThanOrEqual(3);
});

test('data: a JSON Schema beside provisions.json, and one file per provision', async ({ request }) => {
  const schemaShape = z.object({ properties: z.object({ provisions: z.object({ items: z.object({ required: z.array(z.string()) }) }) }) });
  const schema = schemaShape.parse(await (await request.get('/data/provisions.schema.json')).json());
  expect(schema.properties.provisions.items.required).toEqual(expect.arrayContaining(['id', 'status', 'text', 'sources']));
  const one = provisionExport.parse(await (await request.get('/data/provisions/criminal-law/253-1.json')).json());
  expect(one.citation.zh).toBe('《中华人民共和国刑法》第二百五十三条之一');
  expect(one.earlierVersions[0].until).toBe('2015-10-31');
});
