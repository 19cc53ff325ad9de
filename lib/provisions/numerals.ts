// Article numbers in their Chinese statutory form: 253-1 → 第二百五十三条之一.
const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const units = ['', '十', '百', '千'];

/** 1–9999 as Chinese numerals, the way statutes write article numbers (十一, not 一十一). */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`unsupported number ${n}`);
  const parts = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i];
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += digits[d] + unit;
  });
  return out.startsWith('一十') ? out.slice(1) : out;
}

const articlePattern = /^([1-9]\d*)(?:-([1-9]\d*))?$/;

export function isArticleSlug(slug: string): boolean {
  return articlePattern.test(slug);
}

function parseArticle(slug: string): { number: number; sub?: number } {
  const m = articlePattern.exec(slug);
  if (!m) throw new RangeError(`not an article slug: ${slug}`);
  return { number: Number(m[1]), sub: m[2] ? Number(m[2]) : undefined };
}

/** 253-1 → 第二百五十三条之一 */
export function articleZh(slug: string): string {
  const { number, sub } = parseArticle(slug);
  return `第${toChineseNumber(number)}条${sub ? `之${toChineseNumber(sub)}` : ''}`;
}

/** Sort key so that 253 < 253-1 < 254. */
export function articleOrder(slug: string): number {
  const { number, sub } = parseArticle(slug);
  return number * 1000 + (sub ?? 0);
}

const digitValue: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const unitValue: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 二百五十三 → 253, 十一 → 11, 一千零三十八 → 1038; undefined if not a numeral. */
export function parseChineseNumber(text: string): number | undefined {
  if (!text) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in digitValue) digit = digitValue[ch];
    else if (ch in unitValue) {
      total += (digit ?? 1) * unitValue[ch];
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0) || undefined;
}
