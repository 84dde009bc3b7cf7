import { compareValues, toCompareJson, type Comparison } from '../../../shared/revisions/compare';
import type { TextChange } from '../../../shared/revisions/word-diff';
import { EXIT, type CliCommand } from '../command';
import { loadDocument } from '../load-document';

const USAGE = 'usage: penholder compare <a> <b> [--json]';

/** A change list as one line: [-deleted-]{+inserted+}, the notation of `git diff --word-diff`. */
const inline = (changes: readonly TextChange[]) =>
  changes.map((c) => (c.op === 'equal' ? c.text : c.op === 'delete' ? `[-${c.text}-]` : `{+${c.text}+}`)).join('');

function text(comparison: Comparison): string {
  const lines: string[] = [];
  for (const p of comparison.pairs) {
    const head = `${p.aRef} → ${p.bRef}${p.moved ? ' (moved)' : ''} ${Math.round(p.similarity * 100)}%`;
    lines.push(p.changes.some((c) => c.op !== 'equal') ? `${head}\n  ${inline(p.changes)}` : `${head} unchanged`);
  }
  if (comparison.added.length) lines.push(`added: ${comparison.added.map((p) => p.ref).join(', ')}`);
  if (comparison.removed.length) lines.push(`removed: ${comparison.removed.map((p) => p.ref).join(', ')}`);
  return lines.join('\n');
}

export const compare: CliCommand = {
  name: 'compare',
  summary: 'compare two documents or revisions paragraph by paragraph, words inside paragraphs',
  usage: `${USAGE.replace('usage', 'Usage')}

Pairs the paragraphs of <a> (old) and <b> (new): by stable id when both come from one document, otherwise
by shared wording; then shows the word-level changes inside each pair, moved paragraphs, and the
paragraphs only in <b> (added) or only in <a> (removed). Each file may be a .penholder.json document or
any importable file (.txt/.md conversion, Akoma Ntoso .xml, .docx).
  --json   print { pairs: [{ a, b, similarity, moved, changes: [{ op, text }] }], added, removed }`,
  valueFlags: [],
  booleanFlags: ['--json'],
  run: async (args, io) => {
    if (args.positional.length !== 2) {
      io.stderr(`${USAGE}\n`);
      return EXIT.usage;
    }
    const [a, b] = await Promise.all(args.positional.map((path) => loadDocument(path)));
    const comparison = compareValues(a!.file.body, b!.file.body);
    io.stdout(args.flags.has('--json') ? `${JSON.stringify(toCompareJson(comparison), null, 2)}\n` : `${text(comparison)}\n`);
    return EXIT.ok;
  },
};
