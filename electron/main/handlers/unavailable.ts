import { fail } from './result';

/**
 * Answers for channels whose service is not wired in this process (the corpus when no worker was given,
 * as in tests and in a bare startWebServer): a clear message, never a hang or a crash.
 */
export const unavailable = (what: string) => async () => fail(`${what} is not available`);
