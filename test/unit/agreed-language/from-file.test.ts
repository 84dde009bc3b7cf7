import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromFile } from '../../../shared/agreed-language/from-file';
import { importDocument } from '../../../shared/import/index';

const seeds = new URL('../../../../shared/seeds/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', seeds), 'utf8')) as {
  documents: Record<string, { symbol: string; title: string; preambular: number; operative: number }>;
};

describe('a Penholder document as a corpus source', () => {
  it('gives an imported draft its paragraphs under the CLI refs, marked as a draft', () => {
    const name = '001_48a48206d42da546.txt';
    const imported = importDocument({ name, bytes: new Uint8Array(readFileSync(new URL(name, seeds))) });
    if (!imported.ok) throw new Error(imported.error);
    const doc = documentFromFile(imported.file, name, true);
    expect(doc.draft).toBe(true);
    const want = expected.documents[name]!;
    expect(doc.title).toBe(want.title);
    expect(doc.symbol).toBe(want.symbol);
    expect(doc.paragraphs[0]).toMatchObject({ id: 'PP1', kind: 'preambular', lead: 'Recognizing' });
    expect(doc.paragraphs.filter((p) => p.kind === 'preambular').length).toBe(want.preambular);
    expect(doc.paragraphs.filter((p) => /^OP\d+$/.test(p.id)).length).toBe(want.operative);
  });
});
