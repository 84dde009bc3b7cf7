import { fail } from './result';

/**
 * Answers for channels whose service is not wired in this process (the corpus before its worker exists,
 * export before its handler lands): a clear message, never a hang or a crash.
 */
export const unavailable = (what: string) => async () => fail(`${what} is not available`);
