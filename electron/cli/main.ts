import { parseArgs } from './args';
import { CliError, EXIT, type CliIo } from './command';
import { commands } from './commands/index';

const toolHelp = () =>
  [
    'Usage: penholder <command> [options]',
    '',
    'Penholder: draft, check and convert UN resolutions from the command line.',
    'Every <file> may be a .penholder.json document or an importable file (.txt, .md, Akoma Ntoso .xml, .docx).',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    "Run 'penholder <command> --help' for a command's options.",
    'Exit codes: 0 success, 1 the check found errors (lint), 2 usage or input error.',
  ].join('\n');

/** The CLI as a function of (argv, io) → exit code; it never throws and never prints a stack trace. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${toolHelp()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`penholder: unknown command '${name}' (see 'penholder --help')\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(parseArgs(rest, command), io);
  } catch (error) {
    const message = error instanceof CliError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr(`penholder ${name}: ${message}\n`);
    return EXIT.usage;
  }
}
