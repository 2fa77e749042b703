import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsPatch,
} from '../../../../electron/contract/settings';
import { HostProvider, useHost } from '../../../../renderer/src/app/HostContext';
import type { DutyLedgerDb } from '../../../../renderer/src/db/DutyLedgerDb';
import { freshDatabase } from '../db/freshDatabase';

/** The host as the bridge shows it: settings it keeps, which a test may change behind the page. */
function fakeHost(initial: Partial<Settings> = {}) {
  const host = { settings: { ...DEFAULT_SETTINGS, operatorName: '王小明', ...initial } };
  window.dutyLedger = {
    app: {
      info: async () => ({
        appName: '履职台账',
        appVersion: '0.1.0',
        host: 'chromium-shell',
        versions: {},
        dataDir: '/tmp/data',
        logDir: '/tmp/data/logs',
      }),
    },
    settings: {
      get: async () => ({ ...host.settings }),
      set: async (patch: SettingsPatch) => {
        host.settings = { ...host.settings, ...patch } as Settings;
        return { ...host.settings };
      },
    },
  } as unknown as typeof window.dutyLedger;
  return host;
}

let saveNow: (patch: SettingsPatch) => Promise<Settings>;

/** Shows the host's error line, and hands the test its saveSettings. */
function Probe() {
  const { settings, error, saveSettings } = useHost();
  saveNow = saveSettings;
  return (
    <div>
      <p>单位：{settings?.committeeName ?? '读取中'}</p>
      <p role="status">{error ?? ''}</p>
    </div>
  );
}

let database: DutyLedgerDb;
beforeEach(() => {
  database = freshDatabase();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete window.dutyLedger;
});

describe('HostProvider saving settings', () => {
  it('logs the value the host held at the save, even one changed out of the page’s sight', async () => {
    const host = fakeHost({ committeeName: '省政协港澳台侨和外事委员会' });
    render(
      <HostProvider>
        <Probe />
      </HostProvider>,
    );
    await screen.findByText('单位：省政协港澳台侨和外事委员会');
    // Changed elsewhere (a restore, another window) after the page read it.
    host.settings.committeeName = '省政协教科卫体委员会';
    await act(() => saveNow({ committeeName: '省政协文化文史和学习委员会' }));

    const [entry] = await database.audit.toArray();
    expect(entry?.summary).toBe(
      '修改基本信息：单位名称 省政协教科卫体委员会 → 省政协文化文史和学习委员会',
    );
    await screen.findByText('单位：省政协文化文史和学习委员会');
  });

  it('keeps a save the host made when its 操作记录 entry cannot be written, and says so', async () => {
    const host = fakeHost();
    render(
      <HostProvider>
        <Probe />
      </HostProvider>,
    );
    await screen.findByText(/^单位：/);
    vi.spyOn(database, 'transaction').mockRejectedValue(new Error('磁盘已满'));

    const saved = await act(() => saveNow({ committeeName: '省政协教科卫体委员会' }));
    expect(saved.committeeName).toBe('省政协教科卫体委员会');
    expect(host.settings.committeeName).toBe('省政协教科卫体委员会');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        '设置已保存，但未能记入操作记录：磁盘已满',
      ),
    );
    await screen.findByText('单位：省政协教科卫体委员会');
  });
});
