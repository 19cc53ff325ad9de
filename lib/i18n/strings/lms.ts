// Interface strings for trainers: LMS packages, the unit as a SCORM package, completion records.
// The zh table defines the shape; en must satisfy it, so they cannot drift.
import type { Widen } from '../widen';

export const zh = {
  lms: {
    download: '下载到学习管理系统（LMS）',
    downloadIntro:
      '每个单元和整门课程都有 SCORM 1.2 和 SCORM 2004（第 4 版）两种格式的课件包，可直接导入学习管理系统。课件包内容完整，不向其他网站发出任何请求；它向系统报告进度、测验分数和是否通过，并能从学员上次离开的地方继续。',
    courseDownload: '整门课程（全部单元）',
    unitDownload: '本单元',
    version: (v: string) => (v === '2004' ? 'SCORM 2004（第 4 版）' : `SCORM ${v}`),
    labelled: (label: string) => `${label}：`,
    zipSize: (kb: number) => `（${kb} KB，zip）`,
    mastery: (percent: number) => `通过标准：答对 ${percent}% 的题目。`,
    // Inside the package
    submit: '提交答案',
    connected: '已连接学习管理系统：您的答案和分数会被记录，下次打开时可以继续。',
    alone: '未连接学习管理系统：可以照常作答，但不会记录任何结果。',
    passedText: '答对 {right} / {total} 题，已通过（通过标准 {mastery}%）。',
    failedText: '答对 {right} / {total} 题，未通过（通过标准 {mastery}%）。请看每题的说明后再试一次。',
    provisionsCovered: '本单元涉及的条文',
    quiz: '测验',
    source: '来源',
    notAdvice: '仅供了解和培训使用，不构成法律意见。',
  },
} as const;

export const en: Widen<typeof zh> = {
  lms: {
    download: 'Download for your LMS',
    downloadIntro:
      'Each unit and the whole course come as SCORM 1.2 and SCORM 2004 (4th edition) packages to import into a learning-management system. A package is self-contained and makes no request to any other site; it reports progress, the quiz score and pass or fail to the system, and resumes where the learner left off.',
    courseDownload: 'The whole course (every unit)',
    unitDownload: 'This unit',
    version: (v: string) => (v === '2004' ? 'SCORM 2004 (4th ed.)' : `SCORM ${v}`),
    labelled: (label: string) => `${label}: `,
    zipSize: (kb: number) => ` (${kb} KB, zip)`,
    mastery: (percent: number) => `Passing: ${percent}% of the questions answered correctly.`,
    submit: 'Submit answers',
    connected: 'Connected to your learning-management system: your answers and score are recorded, and you can continue next time.',
    alone: 'Not connected to a learning-management system: you can answer as usual, but nothing is recorded.',
    passedText: '{right} of {total} correct: passed (passing is {mastery}%).',
    failedText: '{right} of {total} correct: not passed (passing is {mastery}%). Read each explanation and try again.',
    provisionsCovered: 'Provisions this unit covers',
    quiz: 'Quiz',
    source: 'Source',
    notAdvice: 'For information and training only; not legal advice.',
  },
};
