import * as fs from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportPayload, type ExportFormat } from '../../../shared/export/index';
import { writeFileAtomic } from '../../main/handlers/atomic-write';
import { describeError } from '../../main/errors';
import { packPayload } from '../../main/handlers/export';
import { chromiumPrinter } from '../../web/print-pdf-chromium';
import { flagString } from '../args';
import { CliError, EXIT, type CliCommand } from '../command';
import { loadDocument } from '../load-document';

const USAGE = 'usage: penholder export <file> --to docx|md|akn|pdf -o <out> [--against <base file>] [--author <name>] [--compilation]';
const FORMATS: readonly ExportFormat[] = ['docx', 'md', 'akn', 'pdf'];

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a document as Word (UN layout, or a redline), Markdown, Akoma Ntoso XML or PDF',
  usage: `${USAGE.replace('usage', 'Usage')}

Writes <file> (a .penholder.json document or any importable file) in UN layout.
  --to docx|md|akn|pdf Word .docx with real numbering and footnotes; Markdown the importer reads back;
                       Akoma Ntoso 3.0 XML (AKN4UN conventions); PDF in UN layout, printed by Chromium
                       (PENHOLDER_CHROMIUM, default /usr/bin/chromium), footnotes after the text
  -o <out>             the file to write (replaced atomically)
  --against <base>     (docx) write the current text as Word tracked changes against the base document
  --author <name>      author of those tracked changes (default "Penholder")
  --compilation        (docx, md, pdf) write the compilation text: the open proposals in square brackets with
                       their delegations, proposed paragraphs (OP5 bis) after their target`,
  valueFlags: ['--to', '-o', '--against', '--author'],
  booleanFlags: ['--compilation'],
  run: async (args, io) => {
    const to = flagString(args, '--to');
    const out = flagString(args, '-o');
    if (args.positional.length !== 1 || !to || !out) {
      io.stderr(`${USAGE}\n`);
      return EXIT.usage;
    }
    if (!FORMATS.includes(to as ExportFormat)) throw new CliError(`unknown format '${to}' for --to (docx, md, akn or pdf)`);
    const { file } = await loadDocument(args.positional[0]!);
    const against = flagString(args, '--against');
    const base = against ? (await loadDocument(against)).file.body : undefined;
    const author = flagString(args, '--author') ?? 'Penholder';
    const compilation = args.flags.has('--compilation');
    const outcome = exportPayload({ file, to: to as ExportFormat, base, author, date: new Date().toISOString(), compilation });
    if (!outcome.ok) throw new CliError(outcome.error);
    const target = resolve(io.cwd, out);
    const bytes = await packPayload(outcome.payload, chromiumPrinter()).catch((error: unknown) => {
      const why = describeError(error);
      throw new CliError(outcome.payload.kind === 'print' ? `${out}: the PDF could not be printed (${why})` : `${out}: ${why}`);
    });
    try {
      await writeFileAtomic(fs, target, bytes);
    } catch (error) {
      throw new CliError(`${out}: cannot be written (${(error as { code?: string }).code ?? 'error'})`);
    }
    return EXIT.ok;
  },
};
