import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../electron/contract';
import { JsonFileSettingsStore } from '../../../../electron/services/jsonFileSettingsStore';
import { loadSettingsFile } from '../../../../electron/services/settingsFile';

const at = () => new Date('2026-03-05T08:09:10.123Z');

function settingsFileWith(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'dl-settings-'));
  const file = join(dir, 'settings.json');
  writeFileSync(file, content);
  return { dir, file };
}

describe('loadSettingsFile', () => {
  it.each([
    ['not JSON', '{"operatorName": "王小明",'],
    ['a wrong type', '{"settingsVersion": 1, "operatorName": 7, "committeeName": "某委员会"}'],
    [
      'an impossible window size',
      '{"settingsVersion": 1, "windowState": {"width": 10, "height": 10, "maximized": false}}',
    ],
    ['not an object', '["王小明"]'],
  ])('sets aside a file with %s, untouched, and starts on defaults', (_, content) => {
    const { dir, file } = settingsFileWith(content);
    const loaded = loadSettingsFile(file, at);
    const setAside = join(dir, 'settings.json.bad-2026-03-05T08-09-10-123Z');
    expect(loaded).toEqual({ settings: DEFAULT_SETTINGS, setAsideTo: setAside });
    expect(readFileSync(setAside, 'utf8')).toBe(content);
    expect(readdirSync(dir)).toEqual(['settings.json.bad-2026-03-05T08-09-10-123Z']);
  });

  it('reads a good file as it is', () => {
    const { file } = settingsFileWith(
      '{"settingsVersion": 1, "operatorName": "王小明", "committeeName": "某委员会", "windowState": null}',
    );
    expect(loadSettingsFile(file, at)).toEqual({
      settings: { ...DEFAULT_SETTINGS, operatorName: '王小明', committeeName: '某委员会' },
      setAsideTo: null,
    });
  });

  it('starts on defaults, setting nothing aside, the first time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-settings-'));
    expect(loadSettingsFile(join(dir, 'settings.json'), at)).toEqual({
      settings: DEFAULT_SETTINGS,
      setAsideTo: null,
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('JsonFileSettingsStore on a bad file', () => {
  it('keeps the bad file aside and writes new settings to a fresh one', () => {
    const { dir, file } = settingsFileWith('{"operatorName": 7}');
    const store = new JsonFileSettingsStore(file, at);
    expect(store.setAsideTo).toBe(join(dir, 'settings.json.bad-2026-03-05T08-09-10-123Z'));
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    store.update({ operatorName: '李微微' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ operatorName: '李微微' });
    expect(readFileSync(store.setAsideTo!, 'utf8')).toBe('{"operatorName": 7}');
    expect(existsSync(file)).toBe(true);
  });
});
