import type { BridgeApi } from './bridgeApi';

type Invoke = (channel: string, args: unknown) => Promise<unknown>;

/**
 * Turns the channel list into `{ domain: { action(args) } }`, unwrapping each envelope into a value
 * or a thrown Error whose message is the host's Chinese text. Self-contained on purpose: the shell
 * injects this very function's source into the page.
 */
export function buildBridge(channels: readonly string[], invoke: Invoke): BridgeApi {
  const api: Record<string, Record<string, (args?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [domain, action] = channel.split(':') as [string, string];
    const verbs = (api[domain] ??= {});
    verbs[action] = async (args?: unknown) => {
      const envelope = (await invoke(channel, args)) as
        { ok: true; value: unknown } | { ok: false; error: { message: string; field?: string } };
      if (envelope.ok) return envelope.value;
      const error = new Error(envelope.error.message);
      error.name = 'BridgeError';
      throw error;
    };
  }
  for (const verbs of Object.values(api)) Object.freeze(verbs);
  return Object.freeze(api) as unknown as BridgeApi;
}
