// A bounded load run against the static server: a fixed number of requests at a fixed
// concurrency over a mix of pages, assets, missing pages and refused paths, with and without
// compression. Reports throughput, errors (a dropped connection or a 5xx) and the memory
// of this process, which runs the server, before and after.
import { Agent, request } from 'node:http';

interface LoadResult {
  requests: number;
  concurrency: number;
  seconds: number;
  perSecond: number;
  errors: number;
  statuses: Record<number, number>;
  rssBeforeMiB: number;
  rssAfterMiB: number;
  heapBeforeMiB: number;
  heapAfterMiB: number;
}

const mib = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;

export async function loadRun(baseUrl: string, targets: string[], total = 20_000, concurrency = 50): Promise<LoadResult> {
  const { hostname, port } = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses: Record<number, number> = {};
  let errors = 0;
  let next = 0;
  const one = (i: number) =>
    new Promise<void>((resolve) => {
      const req = request(
        { hostname, port, agent, path: targets[i % targets.length], headers: i % 2 ? { 'accept-encoding': 'br, gzip' } : {} },
        (res) => {
          statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
          if ((res.statusCode ?? 500) >= 500) errors++;
          res
            .resume()
            .on('end', resolve)
            .on('error', () => (errors++, resolve()));
        },
      );
      req.on('error', () => (errors++, resolve()));
      req.end();
    });
  const worker = async () => {
    while (next < total) await one(next++);
  };
  const before = process.memoryUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const after = process.memoryUsage();
  agent.destroy();
  return {
    requests: total,
    concurrency,
    seconds,
    perSecond: Math.round(total / seconds),
    errors,
    statuses,
    rssBeforeMiB: mib(before.rss),
    rssAfterMiB: mib(after.rss),
    heapBeforeMiB: mib(before.heapUsed),
    heapAfterMiB: mib(after.heapUsed),
  };
}

/** What a visitor and an attacker request: pages, hashed assets, data, missing and refused paths. */
export const loadTargets = (assets: string[]) => [
  '/zh/',
  '/en/',
  '/zh/provisions/criminal-law/253-1/',
  '/en/provisions/pipl/66/',
  '/zh/check/?actor=bank-staff&act=sell&n1=60',
  '/zh/guides/outsourced-card-centre-agent/',
  '/data/provisions.json',
  '/zh',
  '/no-such-page/',
  '/..%2f..%2fetc%2fpasswd',
  ...assets,
];

export function loadLines(r: LoadResult): string[] {
  const statuses = Object.entries(r.statuses)
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ');
  return [
    `${r.requests} requests at concurrency ${r.concurrency} over loopback against \`npm start\`'s server (pages, hashed assets, data, a redirect, a 404 and a refused traversal; half asking for compression): ${r.seconds.toFixed(1)} s, ${r.perSecond} requests/s, ${r.errors} errors (statuses ${statuses}).`,
    `Memory of the process running the server: RSS ${r.rssBeforeMiB} → ${r.rssAfterMiB} MiB, heap ${r.heapBeforeMiB} → ${r.heapAfterMiB} MiB (compressed files are cached once per file).`,
  ];
}
