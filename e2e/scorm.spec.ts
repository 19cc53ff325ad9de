// A SCORM package as an LMS runs it: downloaded from the site, unpacked, its first SCO launched
// in a frame of a harness page that provides the LMS side of the API from scorm-again. The test
// answers the quiz and reads what the LMS received: status, score, suspend data, and the
// learner's answers restored after the SCO is closed and opened again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Frame, Page } from '@playwright/test';
import { corpus } from './corpus';
import { packageHref, type ScormVersion } from '../lib/scorm/spec';
import { expect, test } from './fixtures';

const runtime = (version: ScormVersion) =>
  readFileSync(
    path.join(process.cwd(), 'node_modules', 'scorm-again', 'dist', version === '1.2' ? 'scorm12.min.js' : 'scorm2004.min.js'),
    'utf8',
  );

const LMS = 'http://lms.test';

// The LMS page: the API from scorm-again, loaded with what an LMS knows before launch (the
// manifest's mastery score; on a return visit, the stored attempt), then the SCO in a frame.
const harness = `<!doctype html><meta charset="utf-8"><script src="/runtime.js"></script>
<iframe id="sco" style="width:100%;height:90vh"></iframe>
<script>
  const params = new URLSearchParams(location.search);
  const saved = JSON.parse(sessionStorage.getItem('attempt') || 'null');
  if (params.get('v') === '1.2') {
    window.API = new Scorm12API({ logLevel: 3 });
    API.loadFromJSON(saved
      ? { suspend_data: saved.suspend, student_data: { mastery_score: '80' }, core: { entry: 'resume', lesson_location: saved.location, lesson_status: saved.status } }
      : { student_data: { mastery_score: '80' }, core: { entry: 'ab-initio' } });
  } else {
    window.API_1484_11 = new Scorm2004API({ logLevel: 3 });
    API_1484_11.loadFromJSON(saved
      ? { suspend_data: saved.suspend, scaled_passing_score: '0.8', entry: 'resume', location: saved.location, completion_status: saved.status }
      : { scaled_passing_score: '0.8', entry: 'ab-initio' });
  }
  document.getElementById('sco').src = '/pkg/' + params.get('launch');
</script>`;

const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', xml: 'application/xml' };

/** What the LMS holds, read from scorm-again's data model in the harness page. */
interface Received {
  status: string;
  success: string;
  raw: string;
  min: string;
  max: string;
  scaled: string;
  suspend: string;
  location: string;
  exit: string;
  progress: string;
  sessionTime: string;
}

function received(page: Page, version: ScormVersion): Promise<Received> {
  return page.evaluate((v) => {
    type Cmi = Record<string, unknown>;
    const w = window as unknown as { API?: { cmi: Cmi }; API_1484_11?: { cmi: Cmi } };
    // As the LMS stores it: the data model's JSON form, which includes the write-only elements.
    const get = (cmi: Cmi, path: string) => {
      const value = path.split('.').reduce<unknown>((o, k) => (o as Cmi)?.[k], JSON.parse(JSON.stringify(cmi)));
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    };
    if (v === '1.2') {
      const cmi = w.API!.cmi;
      const at = (p: string) => get(cmi, p);
      return {
        status: at('core.lesson_status'),
        success: '',
        raw: at('core.score.raw'),
        min: at('core.score.min'),
        max: at('core.score.max'),
        scaled: '',
        suspend: at('suspend_data'),
        location: at('core.lesson_location'),
        exit: at('core.exit'),
        progress: '',
        sessionTime: at('core.session_time'),
      };
    }
    const cmi = w.API_1484_11!.cmi;
    const at = (p: string) => get(cmi, p);
    return {
      status: at('completion_status'),
      success: at('success_status'),
      raw: at('score.raw'),
      min: at('score.min'),
      max: at('score.max'),
      scaled: at('score.scaled'),
      suspend: at('suspend_data'),
      location: at('location'),
      exit: at('exit'),
      progress: at('progress_measure'),
      sessionTime: at('session_time'),
    };
  }, version);
}

async function scoFrame(page: Page): Promise<Frame> {
  await expect
    .poll(() =>
      page
        .frames()
        .find((f) => f.url().includes('/pkg/'))
        ?.url(),
    )
    .toBeTruthy();
  return page.frames().find((f) => f.url().includes('/pkg/'))!;
}

/** Choose `choices` (1-based) in a question, leaving the others unchosen. */
async function answer(frame: Frame, question: string, choices: number[]) {
  const inputs = frame.locator(`fieldset[data-question="${question}"] input`);
  for (let i = 0; i < (await inputs.count()); i++) {
    const input = inputs.nth(i);
    if (choices.includes(i + 1)) await input.check();
    else if ((await input.getAttribute('type')) === 'checkbox') await input.uncheck();
  }
}

const combos = (['zh', 'en'] as const).flatMap((locale) =>
  (['your-duties', 'course'] as const).flatMap((name) => (['1.2', '2004'] as const).map((version) => ({ locale, name, version }))),
);

for (const { locale, name, version } of combos) {
  test(`SCORM ${version} ${name} (${locale}): the LMS receives progress, score and pass/fail, and the attempt resumes`, async ({
    page,
    request,
  }) => {
    const download = await request.get(packageHref(locale, name, version));
    expect(download.status()).toBe(200);
    const files = unzipSync(new Uint8Array(await download.body()));
    const manifest = strFromU8(files['imsmanifest.xml']);
    // The first item's launch page, as an LMS finds it.
    const firstRef = /<item [^>]*identifierref="([^"]+)"/.exec(manifest)![1];
    const launch = new RegExp(`<resource identifier="${firstRef}"[^>]* href="([^"]+)"`).exec(manifest)![1];
    expect(manifest.match(/<item /g)).toHaveLength(name === 'course' ? corpus.modules.length : 1);

    const outside: string[] = [];
    const complaints: string[] = [];
    page.on('request', (r) => !r.url().startsWith(`${LMS}/`) && outside.push(r.url()));
    page.on('console', (m) => ['warning', 'error'].includes(m.type()) && complaints.push(m.text()));
    await page.route(`${LMS}/**`, (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/lms.html') return route.fulfill({ contentType: 'text/html', body: harness });
      if (url.pathname === '/blank.html') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>LMS</title>' });
      if (url.pathname === '/runtime.js') return route.fulfill({ contentType: 'text/javascript', body: runtime(version) });
      const file = files[decodeURIComponent(url.pathname.replace(/^\/pkg\//, ''))];
      if (!url.pathname.startsWith('/pkg/') || !file) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({
        contentType: types[url.pathname.split('.').pop() ?? ''] ?? 'application/octet-stream',
        body: Buffer.from(file),
      });
    });
    const open = () => page.goto(`${LMS}/lms.html?v=${version}&launch=${encodeURIComponent(launch)}`);
    await page.goto(`${LMS}/blank.html`); // a page on the LMS's origin, to clear its storage
    await page.evaluate(() => sessionStorage.clear());
    await open();

    const unit =
      name === 'course'
        ? [...corpus.modules].sort((a, b) => a.facts.order - b.facts.order)[0]
        : corpus.modules.find((m) => m.slug === name)!;
    const quiz = unit.doc[locale].quiz;
    const correct = (i: number) => quiz[i].choices.flatMap((c, j) => (c.correct ? [j + 1] : []));
    const wrong = (i: number) => [quiz[i].choices.findIndex((c) => !c.correct) + 1];

    let sco = await scoFrame(page);
    await expect(sco.locator('#lms-status')).toHaveText(/./);
    expect(await sco.locator('#lms-status').textContent()).toBe(await sco.locator('#lms-status').getAttribute('data-connected'));
    await expect(sco.locator('h1')).toHaveText(unit.text[locale].title);

    // One answer: the attempt is under way, and the LMS holds the answer.
    await answer(sco, quiz[0].id, correct(0));
    await expect.poll(async () => (await received(page, version)).location).toBe(quiz[0].id);
    let lms = await received(page, version);
    expect(lms.status).toBe('incomplete');
    expect(JSON.parse(lms.suspend)).toEqual({
      answers: expect.objectContaining({ [quiz[0].id]: correct(0).map(String) }),
      submitted: false,
    });
    if (version === '2004') expect(Number(lms.progress)).toBeCloseTo(1 / quiz.length, 2);

    // The learner closes the unit: it suspends, so the LMS keeps the attempt.
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await expect.poll(async () => (await received(page, version)).exit).toBe('suspend');
    lms = await received(page, version);
    expect(lms.sessionTime).not.toBe('');
    await page.evaluate((attempt) => sessionStorage.setItem('attempt', JSON.stringify(attempt)), {
      suspend: lms.suspend,
      location: lms.location,
      status: lms.status,
    });

    // Back again: the first answer is restored.
    await open();
    sco = await scoFrame(page);
    await expect(sco.locator('#lms-status')).toHaveText(/./);
    for (const n of correct(0)) await expect(sco.locator(`fieldset[data-question="${quiz[0].id}"] input[value="${n}"]`)).toBeChecked();

    // All but the last right: score and pass/fail against the 80% mastery.
    for (let i = 1; i < quiz.length - 1; i++) await answer(sco, quiz[i].id, correct(i));
    await answer(sco, quiz[quiz.length - 1].id, wrong(quiz.length - 1));
    await sco.locator('form[data-quiz] button[type="submit"]').click();
    const right = quiz.length - 1;
    const passedFirst = right / quiz.length >= 0.8;
    await expect.poll(async () => (await received(page, version)).raw).toBe(String(right));
    lms = await received(page, version);
    expect([lms.min, lms.max]).toEqual(['0', String(quiz.length)]);
    if (version === '1.2') expect(lms.status).toBe(passedFirst ? 'passed' : 'failed');
    else {
      expect(Number(lms.scaled)).toBeCloseTo(right / quiz.length, 2);
      expect([lms.status, lms.success]).toEqual(['completed', passedFirst ? 'passed' : 'failed']);
    }
    await expect(sco.locator('#quiz-result')).toHaveAttribute('data-passed', String(passedFirst));
    await expect(sco.locator(`fieldset[data-question="${quiz[quiz.length - 1].id}"]`)).toHaveAttribute('data-result', 'wrong');

    // Corrected and submitted again: full marks, passed.
    await answer(sco, quiz[quiz.length - 1].id, correct(quiz.length - 1));
    await sco.locator('form[data-quiz] button[type="submit"]').click();
    await expect.poll(async () => (await received(page, version)).raw).toBe(String(quiz.length));
    lms = await received(page, version);
    expect(version === '1.2' ? lms.status : lms.success).toBe('passed');
    if (version === '2004') expect(Number(lms.scaled)).toBe(1);
    await expect(sco.locator('#quiz-result')).toHaveAttribute('data-passed', 'true');

    expect(outside).toEqual([]);
    expect(complaints).toEqual([]);
  });
}

test('the package says so when no LMS is there, and the quiz still works', async ({ page, request }) => {
  const files = unzipSync(new Uint8Array(await (await request.get(packageHref('en', 'your-duties', '1.2'))).body()));
  await page.route(`${LMS}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname.slice(1)];
    return file
      ? route.fulfill({
          contentType: route.request().url().endsWith('.js')
            ? 'text/javascript'
            : route.request().url().endsWith('.css')
              ? 'text/css'
              : 'text/html',
          body: Buffer.from(file),
        })
      : route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${LMS}/index.html`);
  const status = page.locator('#lms-status');
  await expect(status).toHaveText(/./);
  expect(await status.textContent()).toBe(await status.getAttribute('data-alone'));
  await page.locator('form[data-quiz] button[type="submit"]').click();
  await expect(page.locator('#quiz-result')).toHaveAttribute('data-passed', 'false');
});
