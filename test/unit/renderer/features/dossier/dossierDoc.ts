import { DEFAULT_POINTS_RULES, type MemberYear } from '../../../../../renderer/src/domain/points';
import type { DossierDocInput } from '../../../../../renderer/src/features/dossier/buildDossierDocx';

const summary: MemberYear = {
  memberId: 'm1',
  year: 2021,
  counts: {
    参加会议和学习培训: 5,
    提交提案和社情民意信息: 4,
    参加调研视察考察: 3,
    联系服务群众: 3,
    承担专门性任务: 1,
    公益捐赠: 2,
  },
  earned: {
    参加会议和学习培训: 21,
    提交提案和社情民意信息: 31,
    参加调研视察考察: 20,
    联系服务群众: 13,
    承担专门性任务: 5,
    公益捐赠: 10,
  },
  points: {
    参加会议和学习培训: 21,
    提交提案和社情民意信息: 30,
    参加调研视察考察: 20,
    联系服务群众: 10,
    承担专门性任务: 5,
    公益捐赠: 10,
  },
  leaves: 1,
  absences: 1,
  deduction: 6,
  total: 87,
  grade: '良好',
};

/** A year of 陈美玲's, written out by hand. */
export const DOC_INPUT: DossierDocInput = {
  committeeName: '湖南省政协港澳台侨和外事委员会',
  member: { name: '陈美玲', category: '港区委员', sector: '港澳', term: '第十二届' },
  year: 2021,
  summary,
  rules: DEFAULT_POINTS_RULES,
  filledBy: '王小明',
  entries: [
    {
      id: 'a1',
      kind: 'activity',
      year: 2021,
      date: '2021年4月15日',
      title: '桂东县青竹村乡村振兴调研',
      type: '调研',
      category: '参加调研视察考察',
      part: { role: '发言', attendance: '出席' },
      points: 8,
    },
    {
      id: 'd1',
      kind: 'donation',
      year: 2021,
      date: '2021年6月',
      title: '向湖南省慈善总会捐赠¥100,000.00（助学）',
      type: '资金捐赠',
      category: '公益捐赠',
      points: 5,
    },
  ],
  dated: '2022年1月10日',
};
