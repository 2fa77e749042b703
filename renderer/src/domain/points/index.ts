export * from './activityPoints';
export * from './dutyCategories';
export * from './memberPart';
export * from './memberYear';
export * from './parseRuleNumber';
export * from './pointsRules';
export * from './reminders';
export * from './scoreMembers';
