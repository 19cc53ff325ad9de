// The consequence checker: a form whose state lives in the query string, and the outcome,
// recomputed in the browser on every change. Nothing typed leaves the page. Rendered through
// localised-checker.tsx, which loads one language's words.
import { useMemo } from 'react';
import type { CheckerFacts } from '@/lib/checker/facts';
import { acts, actors, counts, emptyInput, parseCheckInput, toQueryString, type CheckInput } from '@/lib/checker/input';
import { assess, type Finding } from '@/lib/checker/rules';
import type { CheckerWords } from '@/lib/checker/words';
import { useQueryState } from '../use-query-state';
import { OutcomeView, Verdict } from './outcome-view';
import { CopyButton } from '../copy-button';

/** The detention a person faces below the criminal line, as [min, max, max where minor] days. */
function detentionRange(findings: Finding[]): [number, number, number] | undefined {
  const lines = findings.find((f) => f.key === 'detentionBelowCrime')?.penalties ?? [];
  const usual = lines.find((l) => l.penalty.when !== 'minor')?.penalty;
  const minor = lines.find((l) => l.penalty.when === 'minor')?.penalty;
  return usual?.min && usual.max && minor?.max ? [usual.min, usual.max, minor.max] : undefined;
}

export interface CheckerProps {
  words: CheckerWords;
  facts: CheckerFacts;
  names: Record<string, string>;
}

const field = 'rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900';

function RadioGroup<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  options: [T, string][];
  value?: T;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 font-semibold">{legend}</legend>
      {options.map(([option, text]) => (
        <label key={option} className="flex items-start gap-2">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} className="mt-1.5" />
          <span>{text}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function Checker({ words, facts, names }: CheckerProps) {
  const { labels } = words;
  const [input, setInput] = useQueryState<CheckInput>(emptyInput, parseCheckInput, toQueryString);
  const outcome = useMemo(() => assess(input, facts), [input, facts]);
  const detention = detentionRange(outcome.administrative);
  const set = (change: Partial<CheckInput>) => setInput((i) => ({ ...i, ...change }));

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      {outcome.complete && (
        // On a phone the full outcome sits below the form: its verdict is repeated here, at once.
        <aside
          aria-labelledby="outcome-summary"
          data-testid="outcome-summary"
          className="rounded border border-neutral-400 p-3 lg:hidden dark:border-neutral-600"
        >
          <h2 id="outcome-summary" className="font-semibold">
            {labels.summary}
          </h2>
          {outcome.criminal.map((o) => (
            <Verdict key={o.offence} o={o} names={names} words={words} />
          ))}
          {detention && <p data-testid="summary-detention">{labels.summaryDetention(...detention)}</p>}
          <a href="#outcome-title" className="underline">
            {labels.toFull}
          </a>
        </aside>
      )}
      <form className="space-y-6" onSubmit={(e) => e.preventDefault()} aria-describedby="checker-privacy">
        <p id="checker-privacy" className="rounded bg-emerald-50 p-2 text-sm text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100">
          {labels.privacy}
        </p>
        <RadioGroup
          name="actor"
          legend={labels.actor.legend}
          options={actors.map((a) => [a, labels.actor.options[a]])}
          value={input.actor}
          onChange={(actor) => set({ actor })}
        />
        <RadioGroup
          name="act"
          legend={labels.act.legend}
          options={acts.map((a) => [a, labels.act.options[a]])}
          value={input.act}
          onChange={(act) => set({ act })}
        />
        {(['duty', 'prior', 'business', 'dispatched'] as const).map((flag) => (
          <div key={flag}>
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                name={flag}
                checked={input[flag]}
                onChange={(e) => set({ [flag]: e.target.checked })}
                aria-describedby={`${flag}-help`}
                className="mt-1.5"
              />
              <span>{labels[flag]}</span>
            </label>
            <p id={`${flag}-help`} className="ms-6 text-sm text-neutral-600 dark:text-neutral-400">
              {labels[`${flag}Help`]}
            </p>
          </div>
        ))}
        <fieldset className="space-y-3">
          <legend className="mb-1 font-semibold">{labels.counts.legend}</legend>
          {counts.map((c) => (
            <div key={c} className="flex flex-col gap-1">
              <label htmlFor={`count-${c}`}>{labels.counts[c].label}</label>
              <input
                id={`count-${c}`}
                name={c}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                value={input[c] || ''}
                placeholder="0"
                aria-describedby={`count-${c}-help`}
                onChange={(e) => set({ [c]: Math.max(0, Math.min(1_000_000_000, Math.floor(Number(e.target.value) || 0))) })}
                className={`${field} w-40`}
              />
              <p id={`count-${c}-help`} className="text-sm text-neutral-600 dark:text-neutral-400">
                {labels.counts[c].help}
              </p>
            </div>
          ))}
        </fieldset>
        <button
          type="button"
          onClick={() => setInput(emptyInput)}
          className="rounded border border-neutral-400 px-3 py-1 dark:border-neutral-600"
        >
          {labels.reset}
        </button>
      </form>
      <section aria-labelledby="outcome-title" aria-live="polite" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="outcome-title" className="text-xl font-semibold">
            {labels.outcome}
          </h2>
          {outcome.complete && <CopyButton text={() => window.location.href} label={labels.share} done={labels.copied} />}
        </div>
        <div data-testid="check-outcome">
          <OutcomeView outcome={outcome} names={names} words={words} />
        </div>
      </section>
    </div>
  );
}
