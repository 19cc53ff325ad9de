// Strings of the completion record: a client component's own table, so only training pages carry it.
import type { Widen } from '../widen';

export const zh = {
  record: '结业记录',
  intro: '答完本单元的所有题目后，可以打印一份结业记录。姓名和答题结果只保存在本浏览器中，不会发送到任何地方。',
  name: '学员姓名',
  print: '打印结业记录',
  restart: '清除本单元的答题结果',
  pending: (answered: number, total: number) => `已答 ${answered} / ${total} 题。每题第一次核对的答案计入得分；答完全部题目后即可打印。`,
  score: (right: number, total: number) => `得分：答对 ${right} / ${total} 题（按每题第一次核对的答案）`,
  result: (passed: boolean, percent: number) => (passed ? `结果：通过（通过标准 ${percent}%）` : `结果：未通过（通过标准 ${percent}%）`),
  date: '日期',
  unit: '单元',
  provisions: '本单元涉及的条文',
  signature: '培训负责人签字',
  noName: '（未填写）',
};

export const en: Widen<typeof zh> = {
  record: 'Completion record',
  intro:
    'When every question of this unit is answered, you can print a completion record. Your name and answers stay in this browser only and are sent nowhere.',
  name: 'Learner’s name',
  print: 'Print completion record',
  restart: 'Clear this unit’s answers',
  pending: (answered: number, total: number) =>
    `${answered} of ${total} questions answered. Each question’s first checked answer counts; answer them all to print the record.`,
  score: (right: number, total: number) => `Score: ${right} of ${total} correct (each question’s first checked answer)`,
  result: (passed: boolean, percent: number) =>
    passed ? `Result: passed (passing is ${percent}%)` : `Result: not passed (passing is ${percent}%)`,
  date: 'Date',
  unit: 'Unit',
  provisions: 'Provisions this unit covers',
  signature: 'Trainer’s signature',
  noName: '(not filled in)',
};
