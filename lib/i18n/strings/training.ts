// Interface strings for training units.
// The zh table defines the shape; en must satisfy it, so they cannot drift.
import type { Widen } from '../widen';

export const zh = {
  training: {
    title: '入职培训',
    intro: '面向银行和外包机构新员工的培训单元：每个单元包括学习目标、阅读材料、一个真实情景和小测验。可在屏幕上学习，也可打印成讲义。',
    module: (n: number) => `第 ${n} 单元`,
    objectives: '学习目标',
    minutes: (n: number) => `约 ${n} 分钟`,
    provisions: '本单元讲授的条文',
    cases: '本单元使用的案例',
    next: '下一单元',
    previous: '上一单元',
    handoutFromModule: '用本单元生成讲义',
  },
} as const;

export const en: Widen<typeof zh> = {
  training: {
    title: 'Onboarding training',
    intro:
      'Training units for new bank and outsourcing staff: each has objectives, a reading, a real scenario and a short quiz. Learn on screen or print them as handouts.',
    module: (n: number) => `Unit ${n}`,
    objectives: 'Objectives',
    minutes: (n: number) => `about ${n} minutes`,
    provisions: 'Provisions taught here',
    cases: 'Cases used here',
    next: 'Next unit',
    previous: 'Previous unit',
    handoutFromModule: 'Make a handout from this unit',
  },
};
