/**
 * The closed vocabularies of the records. The values themselves are the Chinese words shown and
 * stored, so a record reads the same in the database, in an export and on screen.
 */

/** 委员类别. */
export const MEMBER_CATEGORIES = [
  '港区委员',
  '澳区委员',
  '台胞',
  '侨界',
  '海外顾问',
  '特邀人士',
  '其他',
] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

/** 性别. */
export const GENDERS = ['男', '女'] as const;

/** 党派: the parties and groups a CPPCC member belongs to. */
export const PARTIES = [
  '中共',
  '民革',
  '民盟',
  '民建',
  '民进',
  '农工党',
  '致公党',
  '九三学社',
  '台盟',
  '无党派',
  '群众',
] as const;
export type Party = (typeof PARTIES)[number];

/** 学历: the usual answers, offered in the form; any other text is kept as written. */
export const EDUCATION_LEVELS = [
  '博士研究生',
  '硕士研究生',
  '大学本科',
  '大学专科',
  '中专',
  '高中及以下',
] as const;

/** 委员状态. */
export const MEMBER_STATUSES = ['在任', '离任'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** 活动类型. */
export const ACTIVITY_TYPES = [
  '会议',
  '调研',
  '视察',
  '考察',
  '协商',
  '读书',
  '值班',
  '接待',
  '提案',
  '建议',
  '社情民意',
  '论坛',
  '宣讲',
  '帮扶',
  '其他',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** 活动形式. */
export const ACTIVITY_FORMS = ['线下', '线上', '线上线下'] as const;
export type ActivityForm = (typeof ACTIVITY_FORMS)[number];

/** 参加委员的角色. */
export const PARTICIPANT_ROLES = ['参加', '发言', '书面发言', '主持', '组织'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** 出席情况. */
export const ATTENDANCE_STATUSES = ['出席', '请假', '缺席'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** 提案答复: A 已解决或采纳，B 列入计划逐步解决，C 留作参考. */
export const PROPOSAL_REPLY_GRADES = ['A', 'B', 'C'] as const;
export type ProposalReplyGrade = (typeof PROPOSAL_REPLY_GRADES)[number];

/** What each reply grade means, for pickers and reports. */
export const PROPOSAL_REPLY_GRADE_LABELS: Readonly<Record<ProposalReplyGrade, string>> = {
  A: 'A类：所提问题已经解决或采纳',
  B: 'B类：所提问题列入计划逐步解决',
  C: 'C类：所提问题因条件限制留作参考',
};

/** 提案者对答复的满意度. */
export const SATISFACTION_LEVELS = ['满意', '基本满意', '不满意'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

/** 批示的级别. */
export const INSTRUCTION_LEVELS = ['中央', '全国政协', '省级', '市级', '县级', '其他'] as const;
export type InstructionLevel = (typeof INSTRUCTION_LEVELS)[number];

/** 捐赠类型. */
export const DONATION_KINDS = ['资金', '物资'] as const;
export type DonationKind = (typeof DONATION_KINDS)[number];

/** 捐赠方的种类: a member by id, or any other named donor (a person, a company or a group). */
export const DONOR_TYPES = ['委员', '其他'] as const;
export type DonorType = (typeof DONOR_TYPES)[number];

/** 定向/非定向. */
export const DONATION_DIRECTIONS = ['定向', '非定向'] as const;
export type DonationDirection = (typeof DONATION_DIRECTIONS)[number];

/** 捐赠用途. */
export const DONATION_PURPOSES = [
  '助学',
  '助听',
  '光明',
  '医疗卫生',
  '疫情防控',
  '乡村振兴',
  '校舍建设',
  '其他',
] as const;
export type DonationPurpose = (typeof DONATION_PURPOSES)[number];

/** 物资状态的阶段, in the order goods pass through them; a stage may be skipped. */
export const GOODS_STAGES = ['登记', '鉴定', '报关', '运输', '接收', '分配', '致谢'] as const;
export type GoodsStage = (typeof GOODS_STAGES)[number];

/** 委员工作室类型 (the “1+7+N” matrix). */
export const STUDIO_TYPES = ['专委会', '界别', '委员特色'] as const;
export type StudioType = (typeof STUDIO_TYPES)[number];

/** 操作记录的动作. */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'import'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  create: '新建',
  update: '修改',
  delete: '删除',
  restore: '恢复',
  import: '导入',
};
