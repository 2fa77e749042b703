import { CloseCircleFilled } from '@ant-design/icons';

/**
 * allowClear for a Select: antd's own icon, and a name a screen reader reads in Chinese — the
 * button Select draws to clear it is named “Clear” otherwise, whatever the locale.
 */
export const SELECT_CLEAR = { clearIcon: <CloseCircleFilled />, label: '清除' };
