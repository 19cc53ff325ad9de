'use client';
// Copies text to the clipboard and says so, visibly and to screen readers.
import { useState } from 'react';

export function CopyButton({ text, label, done }: { text: () => string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      data-testid="copy-button"
      onClick={async () => {
        await navigator.clipboard.writeText(text());
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
      className="rounded border border-neutral-400 px-2 py-1 text-sm print:hidden dark:border-neutral-600"
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
