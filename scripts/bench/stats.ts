export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (n: number) => `${n < 1 ? n.toFixed(3) : n.toFixed(1)} ms`;

/** Every prefix of a query, as typed one character at a time. */
export function keystrokes(q: string): string[] {
  const chars = [...q];
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}
