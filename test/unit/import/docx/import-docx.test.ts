import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Text, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { paragraphRefs } from '../../../../shared/model/numbering';
import { parsePenholderFile, serializePenholderFile } from '../../../../shared/model/read-file';
import { originalText, paragraphText } from '../../../../shared/model/text';
import type { BodyParagraph } from '../../../../shared/model/types';
import { summarize } from '../../../../shared/summary/summary';
import { docxDir, elementsOf, importPath } from '../support';

interface TrackedChange {
  paragraph: string;
  inserted: string;
  insertedBy: string;
  deleted: string;
  deletedBy: string;
}
interface Expected {
  symbol: string;
  title: string;
  preambular: number;
  operative: number;
  footnotes: number;
  trackedChanges: TrackedChange[];
}

const expected = JSON.parse(readFileSync(join(docxDir, 'expected.json'), 'utf8')) as Record<string, Expected>;

const paragraphsByRef = (value: Descendant[]) => {
  const refs = paragraphRefs(value);
  const paragraphs = elementsOf(value, 'preambular-paragraph', 'operative-paragraph', 'plain-paragraph') as BodyParagraph[];
  return new Map(paragraphs.map((p) => [refs.get(p.id) ?? p.id, p]));
};

/** Every tracked run of a value: kind, author, text. */
const trackedRuns = (value: Descendant[]) =>
  elementsOf(value)
    .flatMap((el) => el.children.filter(Text.isText))
    .flatMap((run) => [
      ...(run.ins ? [{ kind: 'ins', author: run.ins.author, date: run.ins.date, text: run.text }] : []),
      ...(run.del ? [{ kind: 'del', author: run.del.author, date: run.del.date, text: run.text }] : []),
    ]);

describe.each(Object.entries(expected))('Word import of %s', (name, want) => {
  const result = importPath(join(docxDir, name));
  if (!result.ok) throw new Error(result.error);
  const value = result.file.body;
  const summary = summarize(value, result.file.settings);

  it('has the symbol, title and counts of expected.json', () => {
    expect(summary.symbol).toBe(want.symbol);
    expect(summary.title).toBe(want.title);
    expect(summary.preambular).toBe(want.preambular);
    expect(summary.operative).toBe(want.operative);
    expect(summary.footnotes).toHaveLength(want.footnotes);
    expect(summary.adoptingBody).toBe('The General Assembly');
  });

  it('keeps every tracked change with its author, the deleted text verbatim', () => {
    const byRef = paragraphsByRef(value);
    for (const change of want.trackedChanges) {
      const paragraph = byRef.get(change.paragraph);
      expect(paragraph, change.paragraph).toBeDefined();
      const runs = paragraph!.children.filter(Text.isText);
      const inserted = runs.filter((r) => r.ins).map((r) => ({ text: r.text.trim(), author: r.ins!.author }));
      const deleted = runs.filter((r) => r.del).map((r) => ({ text: r.text.trim(), author: r.del!.author }));
      expect(inserted).toEqual([{ text: change.inserted, author: change.insertedBy }]);
      expect(deleted).toEqual([{ text: change.deleted, author: change.deletedBy }]);
      // deleted text is out of the current text and still in the original
      const count = (text: string) => text.split(change.deleted).length - 1;
      expect(count(paragraphText(paragraph!.children))).toBe(count(originalText(paragraph!.children)) - 1);
      expect(paragraphText(paragraph!.children)).toContain(change.inserted);
    }
    expect(trackedRuns(value)).toHaveLength(want.trackedChanges.length * 2);
    for (const run of trackedRuns(value)) expect(run.date).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('keeps them through save and reopen', () => {
    const reopened = parsePenholderFile(serializePenholderFile(result.file));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(reopened.file).toEqual(result.file);
    expect(trackedRuns(reopened.file.body)).toEqual(trackedRuns(value));
  });
});
