import { channels, contract, type Channel, type Res } from '../../../shared/ipc/contract';
import { describeError } from '../errors';
import { fail } from '../handlers/result';
import type { Handlers } from '../handlers/types';

export const isChannel = (name: string): name is Channel => (channels as string[]).includes(name);

/**
 * The one entry for a request from the renderer, under Electron (ipc/register.ts) and over HTTP (web/server.ts):
 * check it against the contract with zod first, then run the handler; every failure, expected or not, comes
 * back as `{ ok: false, error }` with one plain line, never as a thrown error or a stack trace.
 */
export async function dispatch(handlers: Handlers, channel: string, request: unknown): Promise<Res<Channel>> {
  if (!isChannel(channel)) return fail(`unknown request '${channel}'`);
  const parsed = contract[channel].req.safeParse(request ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return fail(`invalid ${channel} request${where}: ${issue?.message ?? 'rejected'}`);
  }
  try {
    const handler = handlers[channel] as (req: unknown) => Promise<Res<Channel>>;
    return await handler(parsed.data);
  } catch (error) {
    return fail(describeError(error));
  }
}
