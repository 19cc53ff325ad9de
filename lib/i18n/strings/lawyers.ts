// Interface strings for lawyers' tools: versions, replaced provisions, point in time, change log, side by side.
// The zh table defines the shape; en must satisfy it, so they cannot drift.
import type { Widen } from '../widen';

export const zh = {
  versions: {
    title: '文本沿革',
    version: (from: string, until?: string) => (until ? `${from} 至 ${until} 的文本` : `${from} 起施行的文本`),
    notCurrent: '这不是现行文本。',
    readCurrent: '查看现行文本',
    compare: (from: string) => `与 ${from} 的文本比较`,
    changes: '修改之处',
    removed: '删除',
    added: '新增',
    permalink: '本版本的永久链接',
    this: '本页',
    listDescription: (cite: string, n: number) => `${cite}在本站收录的全部 ${n} 个文本，每个文本有自己的永久链接。`,
  },
  replaced: {
    title: '已废止、已修改与重新编号的条文',
    intro: '旧文章和问答常常引用已经失效或改号的条文。下表列出本站收录的旧条文、失效日期和现在适用的条文。',
    old: '原条文',
    until: '最后适用日',
    now: '现行条文',
    renumbered: '重新编号',
    instruments: '已废止的法律法规',
  },
  inForce: {
    title: '按日期查看有效条文',
    intro: '选择一个日期，查看本站收录的条文在当天的有效文本。',
    date: '日期',
    count: (n: number, date: string) => `${date} 有效的条文：${n} 条`,
    none: '本站收录的条文在该日期均未生效。',
    needsJs: '按日期筛选需要启用 JavaScript；下面列出全部版本及其有效期间。',
  },
  changes: {
    title: '更新记录',
    intro: '本站内容的变化：新增条文、新版本和更正。也可以通过 Atom 订阅。',
    feed: 'Atom 订阅',
    kinds: { added: '新增', version: '新版本', correction: '更正' },
    items: (n: number) => `涉及 ${n} 项`,
  },
  parallel: { title: '中英对照', open: '中英对照阅读', zh: '中文（官方文本）', en: 'English (unofficial translation)' },
} as const;

export const en: Widen<typeof zh> = {
  versions: {
    title: 'Versions',
    version: (from: string, until?: string) => (until ? `Text in force ${from} to ${until}` : `Text in force from ${from}`),
    notCurrent: 'This is not the current text.',
    readCurrent: 'Read the current text',
    compare: (from: string) => `Compared with the text of ${from}`,
    changes: 'What changed',
    removed: 'removed',
    added: 'added',
    permalink: 'Permanent link to this version',
    this: 'this page',
    listDescription: (cite: string, n: number) => `All ${n} texts of ${cite} held on this site, each with its own permanent link.`,
  },
  replaced: {
    title: 'Repealed, amended and renumbered provisions',
    intro:
      'Older articles and Q&As often cite provisions that no longer apply or have new numbers. This table lists each one on this site, when it stopped applying, and what applies now.',
    old: 'Former provision',
    until: 'Last day it applied',
    now: 'Applies now',
    renumbered: 'Renumbered',
    instruments: 'Repealed instruments',
  },
  inForce: {
    title: 'Provisions in force on a date',
    intro: 'Choose a date to see which text of each provision on this site applied that day.',
    date: 'Date',
    count: (n: number, date: string) => `${n} provision${n === 1 ? '' : 's'} in force on ${date}`,
    none: 'None of the provisions on this site was in force on that date.',
    needsJs: 'Filtering by date needs JavaScript; below is every version with its period.',
  },
  changes: {
    title: 'What changed',
    intro: 'Changes to this site’s content: new provisions, new versions and corrections. Also available as an Atom feed.',
    feed: 'Atom feed',
    kinds: { added: 'Added', version: 'New version', correction: 'Correction' },
    items: (n: number) => `${n} item${n === 1 ? '' : 's'}`,
  },
  parallel: {
    title: 'Chinese and English side by side',
    open: 'Read side by side',
    zh: '中文（官方文本）',
    en: 'English (unofficial translation)',
  },
};
