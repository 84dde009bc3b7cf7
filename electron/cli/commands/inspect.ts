import { summarize } from '../../../shared/summary/summary';
import { EXIT, type CliCommand } from '../command';
import { loadDocument } from '../load-document';

export const inspect: CliCommand = {
  name: 'inspect',
  summary: 'summarize a document: kind, header, sponsors, counts, footnotes, paragraphs',
  usage: `Usage: penholder inspect <file> [--json]

Summarizes a Penholder document or any importable file (.txt/.md conversion, Akoma Ntoso .xml, .docx).
  --json   print the summary as one JSON object (fields as in the CLI contract)`,
  valueFlags: [],
  booleanFlags: ['--json'],
  run: async (args, io) => {
    const path = args.positional[0];
    if (!path || args.positional.length > 1) {
      io.stderr('usage: penholder inspect <file> [--json]\n');
      return EXIT.usage;
    }
    const { file } = await loadDocument(path);
    const summary = summarize(file.body, file.settings);
    if (args.flags.has('--json')) {
      io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
      return EXIT.ok;
    }
    const lines = [
      `${summary.kind}${summary.symbol ? ` ${summary.symbol}` : ''}: ${summary.title || '(untitled)'}`,
      `organ: ${summary.organ ?? '-'}; adopting body: ${summary.adoptingBody ?? '-'}`,
      `sponsors: ${summary.sponsors.join(', ') || '-'}`,
      `${summary.preambular} preambular, ${summary.operative} operative, ${summary.subparagraphs} sub-paragraphs, ${summary.footnotes.length} footnotes`,
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};
