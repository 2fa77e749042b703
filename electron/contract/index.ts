export * from './channels';
export * from './contract';
export * from './settings';
export * from './bridgeApi';
export * from './attachments';
export * from './backups';
