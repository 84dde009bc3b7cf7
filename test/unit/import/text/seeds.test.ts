import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Node, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { footnoteNumbers } from '../../../../shared/footnotes/numbers';
import { ResolutionElement } from '../../../../shared/model/guards';
import type { Closing, Footnote, Header, Heading } from '../../../../shared/model/types';
import { formulaOf, summarize } from '../../../../shared/summary/summary';
import { elementsOf, importPath, seedsDir } from '../support';

interface Expected {
  kind: string;
  organ: string | null;
  symbol: string | null;
  date: string;
  distribution?: string;
  resolutionNumber?: string;
  sponsors?: string[];
  sponsorNotes?: Record<string, string>;
  title: string;
  adoptingBody?: string;
  nested?: { adoptingBody: string; via: string };
  preambular: number;
  operative: number;
  subparagraphs?: number;
  subparagraphsOf?: Record<string, number>;
  footnotes: number;
  footnoteMarkers?: number;
  symbolFootnotes: number;
  closing?: string;
  preambularOpeners?: string[];
  operativeOpeners?: string[];
  numberedParagraphs?: number;
  chapters?: number;
  sections?: number;
}
interface Notes {
  header: Record<string, string>;
  footnotes: [string, string][];
  symbolNotes: [string, string][];
  repeat: string;
  splits: Record<string, string>;
}

const expected = JSON.parse(readFileSync(join(seedsDir, 'expected.json'), 'utf8')).documents as Record<string, Expected>;
const notes = JSON.parse(readFileSync(new URL('../../../fixtures/import/seed-notes.json', import.meta.url), 'utf8')) as Record<string, Notes>;
const cases = Object.entries(expected);

const load = (name: string) => {
  const result = importPath(join(seedsDir, name));
  if (!result.ok) throw new Error(result.error);
  const value = result.file.body as Descendant[];
  return { result, value, summary: summarize(value, result.file.settings) };
};

describe.each(cases)('text import of seed %s', (name, want) => {
  const { result, value, summary } = load(name);

  it('has the kind and header fields of expected.json', () => {
    expect(summary.kind).toBe(want.kind);
    expect(summary.organ).toBe(want.organ);
    expect(summary.symbol).toBe(want.symbol);
    expect(summary.date).toBe(want.date);
    if (want.distribution !== undefined) expect(summary.distribution).toBe(want.distribution);
    if (want.resolutionNumber !== undefined) expect(summary.resolutionNumber).toBe(want.resolutionNumber);
    expect(summary.title).toBe(want.title);
  });

  it('has the sponsors, in the printed order, with their notes', () => {
    expect(summary.sponsors).toEqual(want.sponsors ?? []);
    expect(summary.sponsorNotes).toEqual(want.sponsorNotes ?? {});
  });

  // BRIEF NOTE on 003: expected.json's adoptingBody is the outer formula, nested.adoptingBody the inner one;
  // the summary (cli.md) reports the innermost formula as adoptingBody and the outer wrapper as nested
  it('has the adopting body (outer formula) and the nested body', () => {
    const outer = value.find(ResolutionElement.isAdoptingBody);
    expect(outer ? formulaOf(Node.string(outer)) : null).toBe(want.adoptingBody ?? null);
    if (want.nested) {
      expect(summary.adoptingBody).toBe(want.nested.adoptingBody);
      expect(summary.nested).toEqual({ adoptingBody: want.adoptingBody, via: want.nested.via });
    } else expect(summary.nested).toBeNull();
  });

  it('counts paragraphs, sub-paragraphs, footnotes and symbol notes', () => {
    expect(summary.preambular).toBe(want.preambular);
    expect(summary.operative).toBe(want.operative);
    expect(summary.subparagraphs).toBe(want.subparagraphs ?? 0);
    for (const [op, n] of Object.entries(want.subparagraphsOf ?? {})) {
      expect(summary.paragraphs.filter((p) => p.ref.startsWith(`${op}(`)), op).toHaveLength(n);
    }
    expect(summary.footnotes).toHaveLength(want.footnotes);
    expect(elementsOf(value, 'footnote-ref')).toHaveLength(want.footnoteMarkers ?? want.footnotes);
    expect(summary.symbolFootnotes).toHaveLength(want.symbolFootnotes);
  });

  it('finds every opener, in order', () => {
    const openers = (pattern: RegExp) => summary.paragraphs.filter((p) => pattern.test(p.ref)).map((p) => p.opener);
    if (want.preambularOpeners) expect(openers(/^PP\d+$/)).toEqual(want.preambularOpeners);
    if (want.operativeOpeners) expect(openers(/^OP\d+$/)).toEqual(want.operativeOpeners);
  });

  it('keeps the closing line and the report structure', () => {
    const closing = value.find((n): n is Closing => 'type' in n && n.type === 'closing');
    expect(closing ? `${closing.meeting}, ${closing.date}` : undefined).toBe(want.closing);
    if (want.numberedParagraphs !== undefined) {
      expect(summary.paragraphs.filter((p) => /^P\d+$/.test(p.ref))).toHaveLength(want.numberedParagraphs);
      const headings = elementsOf(value, 'heading') as Heading[];
      expect(headings.filter((h) => h.level === 1 && /^[IVX]+\.$/.test(h.label))).toHaveLength(want.chapters!);
      expect(headings.filter((h) => h.level === 2 && /^[A-Z]\.$/.test(h.label))).toHaveLength(want.sections!);
    }
  });

  it('keeps each footnote text as printed, read into its citation (un-format.md §5.6)', () => {
    const numbers = footnoteNumbers(value);
    const list = (elementsOf(value, 'footnote') as Footnote[]).sort((a, b) => (numbers.get(a.id) ?? 99) - (numbers.get(b.id) ?? 99));
    expect(list.map((fn) => fn.importedText)).toEqual(notes[name]!.footnotes.map(([, text]) => text.replace(/\*/g, '')));
    expect(list.map((fn) => fn.citation.kind)).toEqual(notes[name]!.footnotes.map(([kind]) => kind));
    expect(result.ok && result.file.settings.footnoteRepeat).toBe(notes[name]!.repeat);
  });

  it('reads the session block (un-format.md §1.2)', () => {
    const header = value.find(ResolutionElement.isHeader) as Header;
    expect(header.fields).toMatchObject(notes[name]!.header);
  });

  it('attaches the * notes to their header element', () => {
    const header = value.find(ResolutionElement.isHeader) as Header;
    expect(header.symbolNotes.map((n) => [n.anchor, n.text])).toEqual(notes[name]!.symbolNotes);
  });

  it('joins exactly the paragraphs split by a page break, and says so', () => {
    const splits = notes[name]!.splits;
    const byRef = new Map(summary.paragraphs.map((p) => [p.ref, p.text]));
    for (const [ref, phrase] of Object.entries(splits)) expect(byRef.get(ref), ref).toContain(phrase);
    const warnings = result.ok ? result.report.warnings : [];
    expect(warnings.filter((w) => w.startsWith('paragraph split by a page break was joined'))).toHaveLength(Object.keys(splits).length);
  });
});

describe('seed 001 reuses footnote marker 3', () => {
  it('keeps both markers on one footnote and warns', () => {
    const { result, value } = load('001_48a48206d42da546.txt');
    const refs = elementsOf(value, 'footnote-ref').map((r) => ('footnoteId' in r ? r.footnoteId : ''));
    expect(new Set(refs).size).toBe(refs.length - 1);
    expect(result.ok && result.report.warnings).toContain('footnote 3 used twice (PP6 and OP17)');
    expect(result.ok && result.file.settings.ibidStyle).toBe('roman');
  });
});
