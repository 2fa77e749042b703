import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../../electron/shell/findChromium';
import { defaultDataDir } from '../../../../electron/shell/defaultDataDir';

describe('findChromium', () => {
  it('honours CHROMIUM_PATH, and says null when it is not there', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chrome' })).toBeNull();
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});

describe('defaultDataDir', () => {
  it('uses DUTY_LEDGER_DATA_DIR, else the XDG config folder', () => {
    expect(defaultDataDir({ DUTY_LEDGER_DATA_DIR: '/tmp/x' })).toBe('/tmp/x');
    if (process.platform === 'linux')
      expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' })).toBe('/cfg/履职台账');
  });
});
