export * from './pointsRuleItems';
export * from './settingChanges';
export * from './settingItem';
export * from './settingsAuditEntry';
