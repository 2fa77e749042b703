import { describe, expect, it } from 'vitest';
import { buildBridge } from '../../../../electron/contract/buildBridge';
import { CHANNELS } from '../../../../electron/contract/channels';

describe('buildBridge', () => {
  it('exposes one verb per channel, grouped by domain, and nothing else', () => {
    const api = buildBridge(CHANNELS, async () => ({ ok: true, value: null })) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    const verbs = Object.entries(api).flatMap(([domain, actions]) =>
      Object.keys(actions).map((action) => `${domain}:${action}`),
    );
    expect(verbs.sort()).toEqual([...CHANNELS].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('returns the value or throws the host message', async () => {
    const api = buildBridge(CHANNELS, async (channel) =>
      channel === 'settings:get'
        ? { ok: true, value: { operatorName: '王小明' } }
        : { ok: false, error: { channel, message: '单位名称不能为空' } },
    );
    await expect(api.settings.get()).resolves.toEqual({ operatorName: '王小明' });
    await expect(api.settings.set({ committeeName: '' })).rejects.toThrow('单位名称不能为空');
  });
});
