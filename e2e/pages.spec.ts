import { expect, locales, pageTypes, test } from './fixtures';
import { provisionsExport } from '../lib/provisions/data-export';
import { citationCounts } from '../lib/content/citations';
import { corpus } from './corpus';

for (const locale of locales) {
  for (const [type, path] of Object.entries(pageTypes)) {
    test(`${type} page renders in ${locale}`, async ({ page }) => {
      const response = await page.goto(`/${locale}/${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'en');
      await expect(page.locator('main')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByTestId('not-legal-advice')).toHaveCount(1);
      const alternates = page.locator('link[rel="alternate"][hreflang]');
      await expect(alternates).toHaveCount(2);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`/en/${path}$`));
    });
  }
}

test('a provision page carries its hooks, anchors, status and source', async ({ page }) => {
  await page.goto('/zh/provisions/criminal-law/253-1/');
  const main = page.locator('main[data-provision="criminal-law/253-1"]');
  await expect(main).toHaveAttribute('data-status', 'current');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第二百五十三条之一');
  await expect(main).toContainText('253-1');
  for (const id of ['p1', 'p2', 'p3', 'p4']) await expect(page.locator(`#${id}`)).toBeVisible();
  await expect(page.locator('#p1')).toContainText('违反国家有关规定，向他人出售或者提供公民个人信息');
  await expect(page.getByTestId('status').first()).toHaveText('现行有效');
  await expect(page.locator('a[href^="https://flk.npc.gov.cn/"]').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '评注' })).toBeVisible();
  await expect(page.getByTestId('in-force-note')).toContainText('本文本自 2015-11-01 起施行；已于 2026-11-23 与官方文本核对');
});

test('items are addressable as pN-iM', async ({ page }) => {
  await page.goto('/zh/provisions/personal-info-crimes-interpretation/5/');
  await expect(page.locator('#p1-i3')).toContainText('（三）');
  await expect(page.locator('#p2-i3')).toContainText('十倍');
});

test('the English provision page says the translation is unofficial and links the Chinese text', async ({ page }) => {
  await page.goto('/en/provisions/pipl/66/');
  const notice = page.getByTestId('translation-notice');
  await expect(notice).toContainText('Unofficial translation');
  await expect(notice).toContainText('Chinese text');
  await notice.getByRole('link').click();
  await expect(page).toHaveURL(/\/zh\/provisions\/pipl\/66\/$/);
  await expect(page.getByTestId('translation-notice')).toHaveCount(0);
});

test('a repealed provision links its successor, and the successor names it as formerly', async ({ page }) => {
  await page.goto('/en/provisions/contract-law/107/');
  await expect(page.locator('main')).toHaveAttribute('data-status', 'repealed');
  await page
    .locator('main')
    .getByRole('link', { name: /Civil Code.*577/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/en\/provisions\/civil-code\/577\/$/);
  await expect(page.locator('main')).toContainText('Formerly');
  await expect(page.locator('main').getByRole('link', { name: /Contract Law of the PRC, Art. 107/ })).toBeVisible();
});

test('an unknown path serves the bilingual 404 page', async ({ page }) => {
  const response = await page.goto('/zh/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId('not-found')).toContainText('页面不存在');
  await expect(page.getByTestId('not-found')).toContainText('Page not found');
});

test('provisions.json has every provision with text in both locales', async ({ request, page }) => {
  const data = provisionsExport.parse(await (await request.get('/data/provisions.json')).json());
  await page.goto('/zh/provisions/');
  expect(data.count).toBe(data.provisions.length);
  const p = data.provisions.find((x) => x.id === 'pipl/66');
  expect(p?.status).toBe('current');
  expect(p?.text.zh[0].id).toBe('p1');
  expect(p?.text.en.length).toBe(p?.text.zh.length);
  expect(p?.citation.zh).toBe('《中华人民共和国个人信息保护法》第六十六条');
});

test('home lists the ten provisions in force cited most, and links all of them', async ({ page }) => {
  const counts = citationCounts(corpus, 'zh');
  const current = corpus.provisions.filter((p) => p.facts.status === 'current');
  await page.goto('/zh/');
  const links = page.locator('section[aria-labelledby="provisions"] [data-testid="provision-list"] > li > a');
  const ids = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map((h) =>
    h.replace(/^\/zh\/provisions\/|\/$/g, ''),
  );
  expect(ids).toHaveLength(10);
  const cited = ids.map((id) => counts.get(id) ?? 0);
  expect(cited).toEqual([...cited].sort((a, b) => b - a));
  const fewestShown = Math.min(...cited);
  expect(current.filter((p) => !ids.includes(p.id) && (counts.get(p.id) ?? 0) > fewestShown)).toEqual([]);
  await expect(page.getByTestId('all-provisions')).toContainText(String(current.length));
  await page.getByTestId('all-provisions').click();
  await expect(page).toHaveURL(/\/zh\/provisions\/$/);
});
