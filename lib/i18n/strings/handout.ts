// Interface strings for the handout builder and its printed page.
// The zh table defines the shape; en must satisfy it, so they cannot drift.
import { clientStrings } from '../client-strings';
import type { Widen } from '../widen';

export const zh = {
  handout: {
    ...clientStrings('zh').handout,
    title: '讲义',
    description: '把选定的条文、指南和培训单元组装成一份可打印的讲义：标题页、目录、每项附引用和效力状态。',
    remove: '移出',
    empty: '讲义还是空的。在条文、指南或培训单元页面点击“加入讲义”，或者打开带有 ?ids= 的讲义链接。',
    contents: '目录',
    print: '打印',
    share: '复制讲义链接',
    copied: '已复制',
    loading: '正在载入…',
    missing: (id: string) => `找不到：${id}`,
    unreadable: '此前保存在本浏览器中的讲义无法读取（数据已损坏或来自旧版本），因此未能恢复。',
    notRestored: (list: string) => `以下保存的条目不是本站的条目编号，未能恢复：${list}`,
    needsJs: '讲义需要启用 JavaScript 才能组装。',
    storage: '讲义内容只保存在您的浏览器中（localStorage），不会上传。',
    generated: (date: string) => `生成于 ${date}`,
    moveUp: '上移',
    moveDown: '下移',
    withKey: '包含测验答案',
    withSignOff: '附签到确认表',
    signOff: '培训签到确认表',
    signOffIntro: (units: string) => `本次培训内容：${units}。学员签字确认已参加培训并完成测验。`,
    signOffColumns: ['序号', '姓名', '部门或外包公司', '得分', '日期', '签字'],
    trainer: '培训负责人签字：',
  },
} as const;

export const en: Widen<typeof zh> = {
  handout: {
    ...clientStrings('en').handout,
    title: 'Handout',
    description:
      'Assemble chosen provisions, guides and training units into one printable handout: title page, contents, each item with its citation and status.',
    remove: 'Remove',
    empty: 'The handout is empty. Use “Add to handout” on a provision, guide or training unit, or open a handout link with ?ids=.',
    contents: 'Contents',
    print: 'Print',
    share: 'Copy handout link',
    copied: 'Copied',
    loading: 'Loading…',
    unreadable: 'The handout saved in this browser could not be read (damaged or from an older version), so it was not restored.',
    notRestored: (list: string) => `These saved entries are not item ids of this site and were not restored: ${list}`,
    missing: (id: string) => `Not found: ${id}`,
    needsJs: 'The handout needs JavaScript to be assembled.',
    storage: 'The handout list is kept only in your browser (localStorage), never uploaded.',
    generated: (date: string) => `Generated ${date}`,
    moveUp: 'Move up',
    moveDown: 'Move down',
    withKey: 'Include quiz answers',
    withSignOff: 'Add a sign-off sheet',
    signOff: 'Training sign-off sheet',
    signOffIntro: (units: string) =>
      `Training given: ${units}. Each learner signs to confirm attending the training and completing the quiz.`,
    signOffColumns: ['No.', 'Name', 'Department or outsourcing firm', 'Score', 'Date', 'Signature'],
    trainer: 'Trainer’s signature:',
  },
};
