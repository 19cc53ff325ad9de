// Each locale renders its own <html lang>, in app/[locale]/layout.tsx; `/` and the 404 page
// render theirs. This root only passes children through.
import type { ReactNode } from 'react';
import './globals.css';

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
