import { describeError } from '../errors';

/** The two shapes every contract response takes. */
export const ok = <T>(value: T) => ({ ok: true as const, value });
export const fail = (error: string) => ({ ok: false as const, error });

/** Runs a handler's work so that any failure becomes `{ ok: false, error }` with one plain line naming the file. */
export async function guarded<T>(work: () => Promise<T>, path?: () => string | undefined) {
  try {
    return await work();
  } catch (error) {
    return fail(describeError(error, path?.()));
  }
}
