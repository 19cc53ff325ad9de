import { expect, hydrated, test } from './fixtures';

const outcome = (page: import('@playwright/test').Page) => page.getByTestId('check-outcome');

test('a shared URL opens with its outcome (zh): insider selling 30 credit records', async ({ page }) => {
  await page.goto('/zh/check/?actor=outsourced-staff&act=sell&duty=1&n1=30');
  const offence = outcome(page).locator('[data-offence="criminal-law/253-1"]');
  await expect(offence).toHaveAttribute('data-severity', 'basic');
  await expect(offence).toContainText('一半');
  await expect(offence.getByRole('link', { name: /第五条第一款第八项/ }).first()).toHaveAttribute(
    'href',
    '/zh/provisions/personal-info-crimes-interpretation/5/#p1-i8',
  );
  for (const l of ['criminal', 'civil', 'administrative', 'employment'])
    await expect(outcome(page).locator(`[data-liability="${l}"]`)).toHaveCount(1);
  await expect(outcome(page).locator('[data-liability="employment"]')).toContainText('外包公司');
});

test('a shared URL opens with its outcome (en): bank staff, 6 cards and 600 records', async ({ page }) => {
  await page.goto('/en/check/?actor=bank-staff&act=provide&n1=600&cards=6');
  await expect(outcome(page).locator('[data-offence="criminal-law/253-1"]')).toHaveAttribute('data-severity', 'aggravated');
  const cards = outcome(page).locator('[data-offence="criminal-law/177-1"]');
  await expect(cards).toHaveAttribute('data-severity', 'aggravated');
  await expect(cards).toContainText('more heavily');
});

test('below the threshold it says so and what else could make it criminal', async ({ page }) => {
  await page.goto('/en/check/?actor=other&act=obtain&n1=49');
  const offence = outcome(page).locator('[data-offence="criminal-law/253-1"]');
  await expect(offence).toHaveAttribute('data-severity', 'none');
  await expect(offence).toContainText('can still be a crime');
});

test('changing the form updates the outcome and the URL, by keyboard', async ({ page }) => {
  await page.goto('/zh/check/');
  await hydrated(page);
  await expect(outcome(page)).toContainText('请先选择');
  await page.getByRole('radio', { name: '银行员工' }).check();
  await page.getByRole('radio', { name: '出售客户信息' }).check();
  const n1 = page.getByLabel('行踪轨迹、通信内容、征信、财产信息（条）');
  await n1.focus();
  await page.keyboard.type('49');
  await expect(outcome(page).locator('[data-offence="criminal-law/253-1"]')).toHaveAttribute('data-severity', 'none');
  await page.keyboard.press('ArrowUp'); // 50
  await expect(outcome(page).locator('[data-offence="criminal-law/253-1"]')).toHaveAttribute('data-severity', 'basic');
  await expect(page).toHaveURL(/\?actor=bank-staff&act=sell&n1=50$/);
  await page.reload();
  await expect(outcome(page).locator('[data-offence="criminal-law/253-1"]')).toHaveAttribute('data-severity', 'basic');
});

test('a garbled URL still opens a sensible page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/en/check/?actor=%3Cscript%3E&act=sell&n1=-3&n2=abc&cards=1e99&duty=maybe');
  await expect(outcome(page)).toContainText('Choose who did it');
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains the thresholds with links', async ({ page }) => {
    await page.goto('/zh/check/');
    await expect(page.getByTestId('checker-needs-js')).toBeVisible();
    await expect(page.getByTestId('thresholds').getByRole('link', { name: '50', exact: true })).toHaveAttribute(
      'href',
      '/zh/provisions/personal-info-crimes-interpretation/5/#p1-i3',
    );
  });
});

test('below the criminal line on a phone: the summary says the police can still detain, from the statute’s numbers', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [locale, words] of [
    ['zh', '拘留 10–15 日'],
    ['en', '10 to 15 days'],
  ] as const) {
    await page.goto(`/${locale}/check/?actor=bank-staff&act=sell&n3=4999`);
    await expect(page.getByTestId('summary-detention')).toContainText(words);
    await expect(outcome(page).locator('[data-liability="administrative"]')).toContainText(
      locale === 'zh' ? '治安管理处罚法第五十六条' : 'Art. 56',
    );
    // At the threshold it is a crime: no detention line.
    await page.goto(`/${locale}/check/?actor=bank-staff&act=sell&n3=5000`);
    await expect(page.getByTestId('outcome-summary')).toBeVisible();
    await expect(page.getByTestId('summary-detention')).toHaveCount(0);
  }
});

test('the new conditions are form fields, kept in the shared URL', async ({ page }) => {
  await page.goto('/en/check/?actor=outsourced-staff&act=obtain&business=1&dispatched=1&gains=49999');
  await expect(page.locator('input[name="business"]')).toBeChecked();
  await expect(page.locator('input[name="dispatched"]')).toBeChecked();
  await expect(outcome(page).locator('[data-offence="criminal-law/253-1"]')).toHaveAttribute('data-severity', 'none');
  await expect(outcome(page).locator('[data-liability="civil"]')).toContainText('unit receiving the worker');
  await page.locator('#count-gains').fill('50000');
  await expect(outcome(page).locator('[data-offence="criminal-law/253-1"]')).toHaveAttribute('data-severity', 'basic');
  await expect(page).toHaveURL(/gains=50000/);
});
