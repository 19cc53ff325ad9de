import { describe, expect, it } from 'vitest';
import { articleOrder, articleZh, isArticleSlug, toChineseNumber } from '../lib/provisions/numerals';

describe('Chinese article numbers', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [29, '二十九'],
    [100, '一百'],
    [107, '一百零七'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [177, '一百七十七'],
    [253, '二百五十三'],
    [1000, '一千'],
    [1034, '一千零三十四'],
    [1038, '一千零三十八'],
    [1164, '一千一百六十四'],
    [1260, '一千二百六十'],
  ])('%i → %s', (n, zh) => expect(toChineseNumber(n)).toBe(zh));

  it.each([
    ['253-1', '第二百五十三条之一'],
    ['177-1', '第一百七十七条之一'],
    ['66', '第六十六条'],
    ['1038', '第一千零三十八条'],
  ])('%s → %s', (slug, zh) => expect(articleZh(slug)).toBe(zh));

  it('rejects non-canonical slugs', () => {
    for (const bad of ['0', '053', '253-0', '253_1', 'a1', '']) expect(isArticleSlug(bad)).toBe(false);
    expect(() => articleZh('253-')).toThrow(RangeError);
  });

  it('orders 253 < 253-1 < 254', () => {
    expect(articleOrder('253')).toBeLessThan(articleOrder('253-1'));
    expect(articleOrder('253-1')).toBeLessThan(articleOrder('254'));
  });
});
