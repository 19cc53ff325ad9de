'use client';
// Copies text to the clipboard and says so, visibly and to screen readers.
import { useState } from 'react';

interface Props {
  text: () => string;
  label: string;
  done: string;
  /** A fuller name for assistive technology when the visible label is short. */
  description?: string;
}

export function CopyButton({ text, label, done, description }: Props) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      data-testid="copy-button"
      aria-label={description}
      title={description}
      onClick={() => {
        void navigator.clipboard.writeText(text()).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        });
      }}
      className="rounded border border-neutral-400 px-2 py-0.5 text-sm text-neutral-800 dark:border-neutral-600 dark:text-neutral-200 print:hidden"
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
