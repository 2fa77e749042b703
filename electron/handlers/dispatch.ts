import { config as configureZod, locales, type z } from 'zod';
import { argSchemas, isChannel, type Channel, type Envelope } from '../contract';
import type { HostServices } from '../services/hostServices';
import { handlers, type Handler } from './handlers';
import { HostError } from './hostError';
import { isTrustedSender } from './senderCheck';

// zod's own messages (a wrong type, a key not allowed) in Chinese, as every message of ours is:
// a refusal reaches the user's screen and the log a colleague reads.
configureZod(locales.zhCN());

/**
 * The one entry every bridge call goes through, in Electron and in the shell: checks the channel,
 * the sender and the argument, runs the handler, and answers with an envelope (never a throw).
 */
export async function dispatch(
  channel: unknown,
  rawArgs: unknown,
  senderUrl: string | undefined,
  services: HostServices,
): Promise<Envelope<unknown>> {
  const name = typeof channel === 'string' ? channel.slice(0, 60) : String(channel);
  if (!isChannel(channel)) {
    return refuse(services, name, `未知的调用：${name}`);
  }
  if (!isTrustedSender(senderUrl, services.trustedOrigins)) {
    return refuse(services, channel, `拒绝来自未受信任页面的调用（${channel}）`);
  }
  const parsed = argSchemas[channel].safeParse(rawArgs);
  if (!parsed.success) {
    const { message, field } = describeIssue(parsed.error);
    return refuse(
      services,
      channel,
      `${channel} 参数有误：${field ? `字段 ${field} ` : ''}${message}`,
      field,
    );
  }
  try {
    const handler = handlers[channel] as Handler<Channel>;
    const value = await handler(parsed.data as never, services);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof HostError) return refuse(services, channel, error.message, error.field);
    services.log.write('error', 'bridge', `${channel} failed`, stackOf(error));
    return { ok: false, error: { channel, message: `操作失败：${messageOf(error)}` } };
  }
}

function refuse(
  services: HostServices,
  channel: string,
  message: string,
  field?: string,
): Envelope<never> {
  services.log.write('warn', 'bridge', message);
  return { ok: false, error: { channel, message, ...(field ? { field } : {}) } };
}

function describeIssue(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: '参数无效' };
  const field = issue.path.map(String).join('.');
  return field ? { message: issue.message, field } : { message: issue.message };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export type { Channel };
