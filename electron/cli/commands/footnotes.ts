import { renderedFootnotes } from '../../../shared/footnotes/rendered';
import { EXIT, type CliCommand } from '../command';
import { loadDocument } from '../load-document';

/** One footnote as cli.md prints it: the derived text, and the structure behind it (null for free text). */
export interface FootnoteJson {
  number: number;
  text: string;
  citation: unknown;
}

export const footnotes: CliCommand = {
  name: 'footnotes',
  summary: 'the numbered footnotes as Penholder derives them (numbering, full form or Ibid.)',
  usage: `Usage: penholder footnotes <file> [--json]

Prints the document's numbered footnotes in display order, numbered by first reference, each in its full
form or as Ibid. after the footnote numbered before it (the document's ibidStyle applies). The * series of
header notes is not included.
  --json   print [{ number, text, citation }]: text is plain, italics (Treaty Series, Ibid., titles of
           Official Records and reports) are not marked; citation is the structured citation
           ({ kind: "unts", vols, nos } …) or null for free text (explanatory notes)`,
  valueFlags: [],
  booleanFlags: ['--json'],
  run: async (args, io) => {
    const path = args.positional[0];
    if (!path || args.positional.length > 1) {
      io.stderr('usage: penholder footnotes <file> [--json]\n');
      return EXIT.usage;
    }
    const { file } = await loadDocument(path);
    const rendered = renderedFootnotes(file.body, file.settings);
    if (args.flags.has('--json')) {
      const json: FootnoteJson[] = rendered.map((f) => ({ number: f.number, text: f.text, citation: f.citation.kind === 'text' ? null : f.citation }));
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return EXIT.ok;
    }
    io.stdout(rendered.length === 0 ? 'no footnotes\n' : rendered.map((f) => `${String(f.number).padStart(3)}  ${f.text}\n`).join(''));
    return EXIT.ok;
  },
};
