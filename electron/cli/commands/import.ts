import * as fs from 'node:fs/promises';
import { resolve } from 'node:path';
import { serializePenholderFile } from '../../../shared/model/read-file';
import { writeFileAtomic } from '../../main/handlers/atomic-write';
import { flagString } from '../args';
import { CliError, EXIT, type CliCommand } from '../command';
import { loadDocument } from '../load-document';

const USAGE = 'usage: penholder import <file> [-o out.penholder.json]';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'convert a .txt/.md conversion, Akoma Ntoso .xml or .docx into a Penholder document',
  usage: `${USAGE.replace('usage', 'Usage')}

Imports <file> and writes the Penholder document: to stdout, or with -o to a file (replaced atomically).
Word tracked changes and their authors are kept, deleted text verbatim. What was recognized and any
warnings go to stderr; on an error nothing is written and the exit code is 2.
  -o <out>   the .penholder.json file to write`,
  valueFlags: ['-o'],
  booleanFlags: [],
  run: async (args, io) => {
    const out = flagString(args, '-o');
    if (args.positional.length !== 1) {
      io.stderr(`${USAGE}\n`);
      return EXIT.usage;
    }
    const { file, report } = await loadDocument(resolve(io.cwd, args.positional[0]!));
    const text = serializePenholderFile(file);
    if (out) {
      try {
        await writeFileAtomic(fs, resolve(io.cwd, out), text);
      } catch (error) {
        throw new CliError(`${out}: cannot be written (${(error as { code?: string }).code ?? 'error'})`);
      }
    } else io.stdout(text);
    if (report) {
      const lines = [...report.recognized.map((line) => `recognized: ${line}`), ...report.warnings.map((line) => `warning: ${line}`)];
      if (lines.length) io.stderr(`${lines.join('\n')}\n`);
    }
    return EXIT.ok;
  },
};
