import { chromium, type Browser } from '@playwright/test';
import { chromiumFlags, systemChromium } from '../chromium';

/** Debian's Chromium where it exists, Playwright's own otherwise (as in the e2e config). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(systemChromium ? { executablePath: systemChromium, args: chromiumFlags } : {});
}
