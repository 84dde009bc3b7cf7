import { basename } from 'node:path';

/** A failure the user can act on; its message is shown as is. */
export class UserError extends Error {}

export { CANCELLED } from '../../shared/ipc/contract';

const codeMessages: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the file name is too long',
};

/** One plain line for any failure: user errors as written, file-system errors by their code, never a stack. */
export function describeError(error: unknown, path?: string): string {
  if (error instanceof UserError) return error.message;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const where = path ? `${basename(path)}: ` : '';
  if (code && codeMessages[code]) return `${where}${codeMessages[code]}`;
  const message = error instanceof Error ? error.message : String(error);
  return `${where}${message.split('\n')[0] ?? 'unexpected error'}`;
}
