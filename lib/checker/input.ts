// The checker's inputs, as kept in the query string. Parsing never fails: anything unknown or
// malformed falls back to "not given", so a garbled shared link still opens a sensible page.

export const actors = ['bank-staff', 'outsourced-staff', 'firm', 'other'] as const;
export type Actor = (typeof actors)[number];
export const acts = ['sell', 'provide', 'obtain', 'query-credit', 'negligent-leak'] as const;
export type Act = (typeof acts)[number];
export const counts = ['n1', 'n2', 'n3', 'gains', 'cards'] as const;
export type Count = (typeof counts)[number];

export interface CheckInput {
  actor?: Actor;
  act?: Act;
  /** Obtained while performing duties or providing services. */
  duty: boolean;
  /** Criminally punished before, or administratively punished within two years, for this. */
  prior: boolean;
  /** Bought or received ordinary information for a lawful business (法释〔2017〕10号 Art. 6). */
  business: boolean;
  /** Works at the bank through a labour-dispatch agency (劳务派遣). */
  dispatched: boolean;
  n1: number;
  n2: number;
  n3: number;
  gains: number;
  cards: number;
}

export const emptyInput: CheckInput = {
  duty: false,
  prior: false,
  business: false,
  dispatched: false,
  n1: 0,
  n2: 0,
  n3: 0,
  gains: 0,
  cards: 0,
};

const MAX = 1_000_000_000;

function count(raw: string | null): number {
  if (!raw || !/^\s*\d{1,12}(?:\.\d+)?\s*$/.test(raw)) return 0;
  return Math.min(Math.floor(Number(raw)), MAX);
}

function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === raw);
}

export function parseCheckInput(params: URLSearchParams): CheckInput {
  return {
    actor: oneOf(params.get('actor'), actors),
    act: oneOf(params.get('act'), acts),
    duty: params.get('duty') === '1',
    prior: params.get('prior') === '1',
    business: params.get('business') === '1',
    dispatched: params.get('dispatched') === '1',
    n1: count(params.get('n1')),
    n2: count(params.get('n2')),
    n3: count(params.get('n3')),
    gains: count(params.get('gains')),
    cards: count(params.get('cards')),
  };
}

/** The query string for an input, leaving out what is not given. */
export function toQueryString(input: CheckInput): string {
  const params = new URLSearchParams();
  if (input.actor) params.set('actor', input.actor);
  if (input.act) params.set('act', input.act);
  if (input.duty) params.set('duty', '1');
  for (const c of counts) if (input[c] > 0) params.set(c, String(input[c]));
  if (input.prior) params.set('prior', '1');
  if (input.business) params.set('business', '1');
  if (input.dispatched) params.set('dispatched', '1');
  return params.toString();
}
