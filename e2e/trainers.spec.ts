// What a trainer and a learner do with a unit besides reading it: download it for an LMS,
// print a completion record, and print a handout with or without answers and a sign-off sheet.
import { corpus } from './corpus';
import { expect, hydrated, test } from './fixtures';
import { pdfText } from './pdf-text';

const unit = corpus.modules.find((m) => m.slug === 'your-duties')!;

test('each unit page and the training index offer the unit and the course for an LMS, with sizes, and the files are there', async ({
  page,
  request,
}) => {
  for (const [url, count] of [
    ['/en/training/your-duties/', 2],
    ['/zh/training/', corpus.modules.length + 1],
  ] as const) {
    await page.goto(url);
    const section = page.getByTestId('lms-downloads');
    await expect(section.locator('a[data-scorm]')).toHaveCount(count * 2);
    for (const link of await section.locator('a[data-scorm]').all()) {
      await expect(link).toHaveAttribute(
        'href',
        new RegExp(`^/${url.slice(1, 3)}/training/([a-z-]+/)?[a-z-]+-${url.slice(1, 3)}-scorm(12|2004)\\.zip$`),
      );
      const response = await request.get((await link.getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('zip');
    }
    await expect(section).toContainText(/\d+ KB/);
  }
});

test('a learner who answers every question prints a completion record with name, unit, score, date and provisions', async ({
  page,
  browserName,
}) => {
  test.skip(browserName !== 'chromium', 'page.pdf needs Chromium');
  await page.goto('/en/training/your-duties/');
  await hydrated(page);
  const quiz = unit.doc.en.quiz;
  const pending = page.getByTestId('record-pending');
  await expect(pending).toContainText(`0 of ${quiz.length}`);
  // Every question right except the first, whose first answer is wrong and then corrected:
  // the first checked answer is what counts.
  for (const [i, q] of quiz.entries()) {
    const fieldset = page.locator(`[data-question="${q.id}"]`);
    const pick = async (choices: number[]) => {
      for (const n of choices) await fieldset.locator(`[data-choice="${n}"] input`).check();
      await fieldset.getByRole('button', { name: 'Check answer' }).click();
    };
    const right = q.choices.flatMap((c, j) => (c.correct ? [j + 1] : []));
    if (i > 0) await pick(right);
    else {
      await pick([q.choices.findIndex((c) => !c.correct) + 1]);
      if (q.kind === 'single') await pick(right); // corrected, but too late to count
    }
  }
  await expect(pending).toHaveCount(0);
  await expect(page.getByTestId('record-score')).toContainText(`Score: ${quiz.length - 1} of ${quiz.length} correct`);
  const passed = (quiz.length - 1) / quiz.length >= 0.8;
  await expect(page.getByTestId('record-result')).toHaveAttribute('data-passed', String(passed));
  await page.getByLabel('Learner’s name').fill('Li Ming <b>x</b>');

  // Kept in this browser: back again, the record and the name are there.
  await page.reload();
  await hydrated(page);
  await expect(page.getByTestId('record-name')).toHaveText('Li Ming <b>x</b>');
  await expect(page.getByTestId('record-date')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);

  // "Print completion record" prints the record alone.
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Print completion record' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-print', 'record');
  const { text, pages } = await pdfText(await page.pdf({ format: 'A4' }));
  expect(pages).toBe(1);
  expect(text).toContain('Li Ming <b>x</b>');
  expect(text).toContain(unit.text.en.title);
  expect(text).toContain(`Score: ${quiz.length - 1} of ${quiz.length} correct`);
  expect(text).toContain('Personal Information Protection Law of the PRC, Art. 21');
  expect(text).toContain('Trainer’s signature');
  expect(text).not.toContain(unit.text.en.objectives[0]); // the reading is not on the record's sheet
  expect(text).not.toContain('Li Ming x'); // the name is text, not markup
});

test('a trainer’s handout: answers included or left out, and a sign-off sheet, kept in the shared link', async ({ page }) => {
  await page.goto('/zh/handout/?ids=training/your-duties,pipl/21');
  const key = page.locator('[data-handout-item="training/your-duties"] [data-testid="answer-key"]');
  await expect(key).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(key).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.locator('[data-option="key"]').uncheck();
  await expect(page).toHaveURL(/key=0/);
  await page.emulateMedia({ media: 'print' });
  await expect(key).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.locator('[data-option="signoff"]').check();
  await expect(page).toHaveURL(/signoff=1/);
  const sheet = page.getByTestId('sign-off-sheet');
  await expect(sheet).toContainText('培训签到确认表');
  await expect(sheet).toContainText(unit.text.zh.title);
  await expect(sheet.locator('tbody tr')).toHaveCount(15);
  await expect(sheet.locator('th')).toHaveText(['序号', '姓名', '部门或外包公司', '得分', '日期', '签字']);
  await page.reload();
  await expect(page.getByTestId('sign-off-sheet')).toBeVisible();
  await expect(page.locator('[data-option="key"]')).not.toBeChecked();
});
