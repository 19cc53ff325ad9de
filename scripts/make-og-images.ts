// Writes public/og/{zh,en}.png, the 1200×630 card a chat app or email shows for a shared link.
// Run by hand when the site name or tagline changes (npx tsx scripts/make-og-images.ts): the
// images are committed, so a build needs neither this script nor CJK fonts.
import { chromium } from '@playwright/test';
import path from 'node:path';
import { t } from '../lib/i18n/dictionary';
import { locales } from '../lib/i18n/locales';
import { chromiumFlags, systemChromium } from './chromium';

const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumFlags });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
const escape = (s: string) => s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c);
for (const locale of locales) {
  const dict = t(locale);
  await page.setContent(`<!doctype html><html lang="${locale === 'zh' ? 'zh-CN' : 'en'}"><body style="margin:0">
    <div style="box-sizing:border-box;width:1200px;height:630px;padding:72px;background:#0b3d91;color:#fff;font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;display:flex;flex-direction:column;justify-content:space-between">
      <div style="font-size:30px;opacity:.85">${escape(locale === 'zh' ? '民事 · 刑事 · 行政责任' : 'Civil · criminal · administrative liability')}</div>
      <div>
        <div style="font-size:76px;font-weight:700;line-height:1.15">${escape(dict.siteName)}</div>
        <div style="font-size:31px;line-height:1.4;margin-top:24px;opacity:.92">${escape(dict.siteTagline)}</div>
      </div>
      <div style="font-size:26px;opacity:.8">${escape(dict.notAdvice)}</div>
    </div></body></html>`);
  await page.screenshot({ path: path.join(process.cwd(), 'public', 'og', `${locale}.png`) });
}
await browser.close();
console.log('og images: public/og/zh.png, public/og/en.png');
