import { expect, hydrated, test } from './fixtures';
import { pdfText } from './pdf-text';
import { provisionExport } from '../lib/provisions/data-export';

const unit = '/zh/training/where-the-criminal-line-lies/';

test('the training list shows the six units in order', async ({ page }) => {
  await page.goto('/en/training/');
  const units = page.locator('[data-module]');
  await expect(units).toHaveCount(6);
  await expect(units.first()).toContainText('Unit 1');
  await expect(units.last()).toContainText('Unit 6');
});

test('a quiz: a wrong answer is marked wrong, the right one right, with an explanation linking the deciding item', async ({ page }) => {
  await page.goto(unit);
  await hydrated(page);
  const q1 = page.locator('[data-question="q1"]');
  await q1.getByRole('radio', { name: /未达到，因为没有收钱/ }).check();
  await q1.getByRole('button', { name: '核对答案' }).click();
  const feedback = q1.getByTestId('quiz-feedback');
  await expect(feedback).toHaveAttribute('data-result', 'wrong');
  await expect(feedback).toContainText('不正确');
  await expect(feedback).not.toContainText('不完全');
  await expect(q1.locator('[data-choice="1"]')).toHaveAttribute('data-state', 'wrong');
  await expect(q1.locator('[data-choice="2"]')).toHaveAttribute('data-state', 'correct');
  await q1.getByRole('radio', { name: /达到：履职中获得后提供的/ }).check();
  await q1.getByRole('button', { name: '核对答案' }).click();
  await expect(feedback).toHaveAttribute('data-result', 'right');
  await expect(feedback.locator('a[href="/zh/provisions/personal-info-crimes-interpretation/5/#p1-i8"]').first()).toBeVisible();
});

test('a multiple-choice question needs every right choice and no wrong one', async ({ page }) => {
  await page.goto(unit);
  await hydrated(page);
  const q2 = page.locator('[data-question="q2"]');
  await expect(q2).toHaveAttribute('data-kind', 'multiple');
  const boxes = q2.getByRole('checkbox');
  await boxes.nth(0).check();
  await q2.getByRole('button', { name: '核对答案' }).click();
  // Every choice made is right, one is missing: partly right, and said so.
  await expect(q2.getByTestId('quiz-feedback')).toHaveAttribute('data-result', 'partial');
  await expect(q2.getByTestId('quiz-feedback')).toContainText('不完全正确');
  await boxes.nth(1).check();
  await q2.getByRole('button', { name: '核对答案' }).click();
  await expect(q2.getByTestId('quiz-feedback')).toHaveAttribute('data-result', 'wrong');
  await expect(q2.getByTestId('quiz-feedback')).toContainText('不正确');
  await boxes.nth(1).uncheck();
  await boxes.nth(2).check();
  await boxes.nth(3).check();
  await q2.getByRole('button', { name: '核对答案' }).click();
  await expect(q2.getByTestId('quiz-feedback')).toHaveAttribute('data-result', 'right');
});

test('the quiz can be taken by keyboard', async ({ page }) => {
  await page.goto(unit);
  await hydrated(page);
  const q1 = page.locator('[data-question="q1"]');
  await q1.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown'); // moves to and selects the second choice
  await page.keyboard.press('Tab');
  await expect(q1.getByRole('button', { name: '核对答案' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(q1.getByTestId('quiz-feedback')).toHaveAttribute('data-result', 'right');
});

test('a case page shows authority, number or its absence, date and source', async ({ page }) => {
  await page.goto('/en/cases/tibet-bank-nagqu-credit-queries-without-consent-2019/');
  const main = page.locator('main');
  await expect(main).toContainText('那银罚字[2019]2号');
  await expect(main).toContainText('2019-11-12');
  await page.goto('/en/cases/benxi-bank-staff-sells-credit-reports/');
  await expect(main).toContainText('not given in the cited source');
});

test('building a handout by clicking, then printing it to PDF with every item and citation', async ({ page, browserName }) => {
  test.skip(browserName !== 'chromium', 'page.pdf needs Chromium');
  // English pages: Latin text reads back from a PDF exactly (CJK glyphs may map to radical code points).
  await page.goto('/en/provisions/criminal-law/253-1/');
  await hydrated(page);
  await page.getByTestId('add-to-handout').click();
  await expect(page.getByTestId('add-to-handout')).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/en/guides/outsourced-card-centre-agent/');
  await hydrated(page);
  await page.getByTestId('add-to-handout').click();
  await page.goto('/en/provisions/pipl/66/');
  await hydrated(page);
  await page.getByTestId('add-to-handout').click();
  await page.getByTestId('open-handout').click();
  await expect(page).toHaveURL(/\/en\/handout\/\?ids=criminal-law\/253-1,guides\/outsourced-card-centre-agent,pipl\/66$/);
  const items = page.locator('[data-handout-item]');
  await expect(items).toHaveCount(3);
  await expect(page.getByTestId('handout-contents').locator('li')).toHaveCount(3);
  await expect(items.nth(0).locator('[data-handout-title]')).toContainText('1. 《中华人民共和国刑法》第二百五十三条之一');
  await expect(items.nth(0)).toContainText('Criminal Law of the PRC, Art. 253-1');

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const { pages, text } = await pdfText(pdf);
  expect(pages).toBeGreaterThanOrEqual(5); // title page, contents, then each item from a new page
  for (const citation of ['Criminal Law of the PRC, Art. 253-1', 'Personal Information Protection Law of the PRC, Art. 66'])
    expect(text).toContain(citation);
  expect(text).toContain('An outsourced credit-card-centre agent');
  expect(text).toMatch(/1 \/ \d+/); // page numbers
});

test('a printed handout carries each provision’s official text character for character, with no link targets inside it', async ({
  page,
  request,
  browserName,
}) => {
  test.skip(browserName !== 'chromium', 'page.pdf needs Chromium');
  const ids = ['criminal-law/253-1', 'pipl/66', 'public-security-administration-punishments-law/56'];
  await page.goto(`/zh/handout/?ids=${ids.join(',')}`);
  await expect(page.locator('[data-handout-item]')).toHaveCount(ids.length);
  await page.emulateMedia({ media: 'print' });
  const { text } = await pdfText(await page.pdf({ format: 'A4' }));
  // The text layer of a PDF maps each glyph back to a code point through the font's table, and
  // CJK fonts share one glyph between a character and its radical or variant form: NFKC undoes
  // the Kangxi radicals, and the few shared glyphs without a decomposition are listed here.
  const sharedGlyphs: Record<string, string> = { '⺠': '民', '⻅': '见', '⻔': '门', 戶: '户' };
  const flat = (s: string) =>
    s
      .normalize('NFKC')
      .replace(new RegExp(`[${Object.keys(sharedGlyphs).join('')}]`, 'gu'), (c) => sharedGlyphs[c])
      .replace(/\s+/g, '');
  const printed = flat(text);
  for (const id of ids) {
    const data = provisionExport.parse(await (await request.get(`/data/provisions/${id}.json`)).json());
    for (const paragraph of data.text.zh)
      for (const piece of [paragraph.text, ...paragraph.items.map((i) => i.text)])
        expect(printed, `${id} ${paragraph.id}`).toContain(flat(piece));
  }
  expect(printed).not.toContain('/zh/provisions/');
});

test('a handout by URL keeps the order given, and a module makes one with one click', async ({ page }) => {
  await page.goto('/en/handout/?ids=pipl/66,criminal-law/253-1,nonsense,../etc');
  const titles = page.locator('[data-handout-title]');
  await expect(titles).toHaveCount(2);
  await expect(titles.nth(0)).toContainText('Personal Information Protection Law');
  await expect(titles.nth(1)).toContainText('Criminal Law');
  await page.goto('/en/training/where-the-criminal-line-lies/');
  await hydrated(page);
  await page.getByTestId('module-handout').click();
  await expect(page.locator('[data-handout-item="training/where-the-criminal-line-lies"]')).toBeVisible();
  expect(await page.locator('[data-handout-item]').count()).toBeGreaterThan(3);
});
