import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, systemChromium } from './scripts/chromium';

const port = 3100;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // CI machines are slower than laptops; a walk over every page type needs the room.
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Not the default test-results/: Playwright empties its outputDir, and the unit report lives there.
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'on-first-retry',
    ...devices['Desktop Chrome'],
    launchOptions: systemChromium ? { executablePath: systemChromium, args: chromiumFlags } : {},
  },
  webServer: {
    command: `PORT=${port} npx tsx scripts/serve.ts`,
    url: `http://localhost:${port}/zh/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
