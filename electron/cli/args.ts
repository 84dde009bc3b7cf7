import { CliError, type CliCommand, type ParsedArgs } from './command';

/** Parses argv for one command; unknown flags and missing values are usage errors. */
export function parseArgs(argv: readonly string[], command: Pick<CliCommand, 'name' | 'valueFlags' | 'booleanFlags'>): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (command.booleanFlags.includes(name)) {
      if (inline !== undefined) throw new CliError(`${name} takes no value`);
      flags.set(name, true);
    } else if (command.valueFlags.includes(name)) {
      const value = inline ?? argv[(i += 1)];
      if (value === undefined) throw new CliError(`${name} needs a value`);
      flags.set(name, value);
    } else {
      throw new CliError(`unknown option ${name} for 'penholder ${command.name}' (see --help)`);
    }
  }
  return { positional, flags };
}

export const flagString = (args: ParsedArgs, name: string): string | undefined => {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
};
