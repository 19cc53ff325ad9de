// The browser for e2e tests and benchmarks: Debian's Chromium where it exists (CI, these
// machines), else undefined so Playwright or chrome-launcher use their own.
import { existsSync } from 'node:fs';

const systemPath = '/usr/bin/chromium';
export const systemChromium: string | undefined = existsSync(systemPath) ? systemPath : undefined;

/** Headless in a sandbox-less container, with none of Chromium's background connections. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
