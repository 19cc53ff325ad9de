// Strings of "Save for offline": the home page's own client table.
import type { Widen } from '../widen';

export const zh = {
  title: '离线使用',
  intro: '把本站的中文内容保存在这台设备上，没有网络时也能阅读条文、指南、培训单元和使用搜索。保存的内容只在本浏览器中，随时可以删除。',
  essentials: '保存常用内容',
  everything: '保存全部内容',
  essentialsName: '常用内容',
  everythingName: '全部内容',
  essentialsNote: '现行条文、法律法规、指南、案例、培训、后果查询和搜索；不含条文的历史版本和中英对照页',
  everythingNote: '另含每条的历史版本和中英对照页',
  size: (pages: number, stored: string, download: string) => `。${pages} 个页面，占用约 ${stored}，下载约 ${download}。`,
  saving: (done: number, total: number) => `正在保存：${done} / ${total} 个文件…`,
  saved: (set: string, date: string) => `已保存“${set}”，保存于 ${date}。没有网络时也可以打开本站。`,
  update: '重新保存（更新）',
  remove: '删除离线副本',
  removed: '离线副本已删除。',
  failed: '保存没有完成，请在网络稳定时重试。已有的离线副本保持不变。',
  unsupported: '这个浏览器不支持离线保存。可以请培训负责人提供本站的离线压缩包，在内网打开。',
};

export const en: Widen<typeof zh> = {
  title: 'Use offline',
  intro:
    'Save the English site on this device to read provisions, guides and training units, and to search, without a connection. What is saved stays in this browser, and you can remove it at any time.',
  essentials: 'Save the essentials',
  everything: 'Save everything',
  essentialsName: 'the essentials',
  everythingName: 'everything',
  essentialsNote:
    'current provisions, instruments, guides, cases, training, the checker and search; not earlier versions or side-by-side pages',
  everythingNote: 'also every earlier version and every side-by-side page',
  size: (pages: number, stored: string, download: string) =>
    `. ${pages} pages, about ${stored} on the device, about ${download} to download.`,
  saving: (done: number, total: number) => `Saving: ${done} of ${total} files…`,
  saved: (set: string, date: string) => `Saved ${set} on ${date}. The site opens without a connection.`,
  update: 'Save again (update)',
  remove: 'Remove the offline copy',
  removed: 'The offline copy is removed.',
  failed: 'The save did not finish; try again on a steadier connection. Any copy saved before is unchanged.',
  unsupported: 'This browser cannot save the site for offline use. Ask your trainer for the site’s offline zip to open on an intranet.',
};
