import AxeBuilder from '@axe-core/playwright';
import { expect, locales, pageTypes, test } from './fixtures';

const extra = {
  version: 'provisions/criminal-law/253-1/v/2009-02-28/',
  parallel: 'provisions/criminal-law/253-1/parallel/',
  inForce: 'provisions/in-force/?date=2015-11-01',
  handout: 'handout/?ids=criminal-law/253-1,training/your-duties',
  checkResult: 'check/?actor=bank-staff&act=sell&duty=1&n1=30&cards=2',
  searchResults: 'search/?q=个人信息',
};

for (const scheme of ['light', 'dark'] as const) {
  for (const locale of locales) {
    for (const [type, path] of Object.entries({ ...pageTypes, ...extra })) {
      test(`axe: ${type} (${locale}, ${scheme}) has no serious or critical violation`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${locale}/${path}`);
        await page.waitForLoadState('networkidle');
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${v.help} — ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
          );
        expect(serious).toEqual([]);
      });
    }
  }
}
