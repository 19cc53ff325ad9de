// The SCO's side of SCORM, bundled into each package as sco.js: finds the LMS's API (SCORM 1.2
// `API` or 2004 `API_1484_11`) in a parent or opener window, restores the learner's answers
// from suspend data, and reports progress, score, pass/fail and completion. Without an LMS the
// unit still works as a quiz and says that nothing is recorded. It makes no network request.

type Version = '1.2' | '2004';

interface Api12 {
  LMSInitialize(a: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(a: ''): string;
  LMSFinish(a: ''): string;
}
interface Api2004 {
  Initialize(a: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(a: ''): string;
  Terminate(a: ''): string;
}

/** The calls this SCO makes, whatever the version. */
interface Lms {
  get(element: string): string;
  set(element: string, value: string): void;
  commit(): void;
  finish(): void;
}

/** The data model names that differ between the versions. */
const names = {
  '1.2': {
    location: 'cmi.core.lesson_location',
    raw: 'cmi.core.score.raw',
    min: 'cmi.core.score.min',
    max: 'cmi.core.score.max',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
  },
  '2004': {
    location: 'cmi.location',
    raw: 'cmi.score.raw',
    min: 'cmi.score.min',
    max: 'cmi.score.max',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
  },
} as const;

function findApi(version: Version): Api12 | Api2004 | undefined {
  const key = version === '1.2' ? 'API' : 'API_1484_11';
  const search = (start: Window | null): Api12 | Api2004 | undefined => {
    // The specification's search: up the parents, at most a few levels, then the opener's.
    for (let w = start, depth = 0; w && depth < 8; depth++) {
      try {
        const api = (w as unknown as Record<string, Api12 | Api2004 | undefined>)[key];
        if (api) return api;
      } catch {
        return undefined; // another origin: no API there for us
      }
      if (w.parent === w) break;
      w = w.parent;
    }
    return undefined;
  };
  return search(window) ?? search(window.opener as Window | null);
}

function connect(version: Version): Lms | undefined {
  const api = findApi(version);
  if (!api) return undefined;
  if ('LMSInitialize' in api) {
    if (api.LMSInitialize('') !== 'true') return undefined;
    return {
      get: (e) => api.LMSGetValue(e),
      set: (e, v) => void api.LMSSetValue(e, v),
      commit: () => void api.LMSCommit(''),
      finish: () => void api.LMSFinish(''),
    };
  }
  if (api.Initialize('') !== 'true') return undefined;
  return {
    get: (e) => api.GetValue(e),
    set: (e, v) => void api.SetValue(e, v),
    commit: () => void api.Commit(''),
    finish: () => void api.Terminate(''),
  };
}

/** What is kept between sessions: the choices made, and whether they were submitted. */
interface Suspended {
  answers: Record<string, string[]>;
  submitted: boolean;
}

function readSuspended(raw: string): Suspended {
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object' && 'answers' in value && value.answers && typeof value.answers === 'object') {
      const answers: Record<string, string[]> = {};
      for (const [id, chosen] of Object.entries(value.answers)) if (Array.isArray(chosen)) answers[id] = chosen.map(String);
      return { answers, submitted: 'submitted' in value && value.submitted === true };
    }
  } catch {
    // empty or damaged: start afresh
  }
  return { answers: {}, submitted: false };
}

function sessionTime(version: Version, ms: number): string {
  const s = Math.round(ms / 1000);
  if (version === '2004') return `PT${s}S`;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(s / 3600), 4)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

function start() {
  const root = document.documentElement;
  const version: Version = root.dataset.scorm === '2004' ? '2004' : '1.2';
  const form = document.querySelector<HTMLFormElement>('form[data-quiz]');
  if (!form) return;
  const questions = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
  const status = document.getElementById('lms-status');
  const result = document.getElementById('quiz-result');
  const n = names[version];
  const lms = connect(version);
  const started = Date.now();
  if (status) status.textContent = (lms ? status.dataset.connected : status.dataset.alone) ?? '';

  // The passing share: the LMS's, if it has one (from the manifest), else the one the page states.
  const fromLms = lms ? Number(version === '1.2' ? lms.get('cmi.student_data.mastery_score') : lms.get('cmi.scaled_passing_score')) : NaN;
  const mastery = Number.isFinite(fromLms) && fromLms > 0 ? (version === '1.2' ? fromLms / 100 : fromLms) : Number(form.dataset.mastery);

  const chosen = (q: HTMLFieldSetElement) => [...q.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  // Suspend data belongs to a resumed attempt. SCORM 2004 says when one is ("resume"; asking
  // otherwise is an error); SCORM 1.2 LMSs are looser, so there only "ab-initio" rules it out.
  const entry = lms?.get(version === '1.2' ? 'cmi.core.entry' : 'cmi.entry');
  const resumed = version === '1.2' ? entry !== 'ab-initio' : entry === 'resume';
  const state = readSuspended(lms && resumed ? lms.get('cmi.suspend_data') : '');
  for (const q of questions) {
    const saved = state.answers[q.dataset.question ?? ''] ?? [];
    q.querySelectorAll<HTMLInputElement>('input').forEach((i) => (i.checked = saved.includes(i.value)));
  }

  const save = () => {
    if (!lms) return;
    const answers = Object.fromEntries(questions.map((q) => [q.dataset.question ?? '', chosen(q)]));
    lms.set('cmi.suspend_data', JSON.stringify({ answers, submitted: state.submitted } satisfies Suspended));
    const answered = questions.filter((q) => chosen(q).length > 0);
    lms.set(n.location, answered.at(-1)?.dataset.question ?? '');
    if (version === '2004') lms.set('cmi.progress_measure', (answered.length / questions.length).toFixed(2));
  };

  const grade = (report: boolean) => {
    let right = 0;
    for (const q of questions) {
      const answer = (q.dataset.answer ?? '').split(',').sort().join(',');
      const ok = chosen(q).sort().join(',') === answer;
      if (ok) right++;
      q.dataset.result = ok ? 'right' : 'wrong';
      q.querySelector<HTMLElement>('[data-explanation]')?.removeAttribute('hidden');
    }
    const scaled = questions.length ? right / questions.length : 0;
    const passed = scaled >= mastery;
    if (result) {
      result.dataset.passed = String(passed);
      result.textContent = ((passed ? result.dataset.passedText : result.dataset.failedText) ?? '')
        .replace('{right}', String(right))
        .replace('{total}', String(questions.length))
        .replace('{mastery}', String(Math.round(mastery * 100)));
    }
    if (!lms || !report) return;
    lms.set(n.raw, String(right));
    lms.set(n.min, '0');
    lms.set(n.max, String(questions.length));
    if (version === '1.2') {
      lms.set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
    } else {
      lms.set('cmi.score.scaled', scaled.toFixed(2));
      lms.set('cmi.success_status', passed ? 'passed' : 'failed');
      lms.set('cmi.completion_status', 'completed');
      lms.set('cmi.progress_measure', '1');
    }
  };

  if (lms && !state.submitted) {
    // First visit or a resumed attempt not yet submitted: the attempt is under way.
    if (version === '1.2') {
      if (['not attempted', ''].includes(lms.get('cmi.core.lesson_status'))) lms.set('cmi.core.lesson_status', 'incomplete');
    } else if (lms.get('cmi.completion_status') !== 'completed') {
      lms.set('cmi.completion_status', 'incomplete');
    }
    lms.commit();
  }
  if (state.submitted) grade(false);

  form.addEventListener('change', () => {
    save();
    lms?.commit();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.submitted = true;
    save();
    grade(true);
    lms?.commit();
  });

  let finished = false;
  const finish = () => {
    if (!lms || finished) return;
    finished = true;
    save();
    // Suspend, so the learner comes back to their answers (and the LMS keeps the suspend data).
    lms.set(n.exit, 'suspend');
    lms.set(n.sessionTime, sessionTime(version, Date.now() - started));
    lms.commit();
    lms.finish();
  };
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
