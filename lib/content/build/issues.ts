// A content problem, reported with the file and field it is in; the build fails on any.
export interface ContentIssue { file: string; field?: string; message: string }

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`${issues.length} content problem(s):\n${issues.map(formatIssue).join('\n')}`);
  }
}

export function formatIssue(i: ContentIssue): string {
  return `  ${i.file}${i.field ? ` › ${i.field}` : ''}: ${i.message}`;
}

/** esbuild's errors carry line and column; other errors their message. */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors)) {
    return error.errors
      .map((e: { text?: string; location?: { line?: number; column?: number } | null }) =>
        `${e.location ? `line ${e.location.line}:${e.location.column} ` : ''}${e.text ?? ''}`)
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
