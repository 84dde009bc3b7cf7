import type { Readable } from 'node:stream';

/** Where a command writes; tests pass collectors, the bin passes the process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: Readable;
  cwd: string;
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export interface CliCommand {
  name: string;
  /** one line for the tool's --help */
  summary: string;
  /** the command's --help text */
  usage: string;
  /** flags that take a value ("-o", "--to") and flags that do not ("--json") */
  valueFlags: readonly string[];
  booleanFlags: readonly string[];
  run: (args: ParsedArgs, io: CliIo) => Promise<number>;
}

/** Exit codes of cli.md. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A usage or input error: one plain line on stderr, exit 2. */
export class CliError extends Error {}
