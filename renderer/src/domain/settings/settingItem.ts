/** One setting as the 操作记录 names it: the card it is on, its label, its value in words. */
export interface SettingItem {
  /** Unique within an entry: the setting's stored name, and where in it (a rule, a rate). */
  key: string;
  /** The card or page the setting is changed on: 基本信息, 履职积分规则, 汇率 … */
  group: string;
  label: string;
  text: string;
}
