import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { renderCompilation } from '../../../shared/compilation/render-compilation';
import { exportPayload } from '../../../shared/export/index';
import { unzipParts, wordParagraphs } from '../../support/docx-parts';
import { compilationProposals, handCase } from '../../support/export-fixtures';

const file = handCase('draft-with-subparagraphs');
const proposals = compilationProposals();

describe('export --compilation', () => {
  const expected = renderCompilation(file.body, proposals).map((p) => p.runs.map((r) => (r.footnoteId ? '' : r.text)).join(''));

  it('writes every compilation paragraph into Word, in order, with its typed number', async () => {
    const outcome = exportPayload({ file: { ...file, proposals }, to: 'docx', compilation: true });
    if (!outcome.ok || outcome.payload.kind !== 'docx') throw new Error('no document');
    const parts = unzipParts(new Uint8Array(await Packer.toBuffer(outcome.payload.document)));
    const texts = wordParagraphs(parts['word/document.xml']!).map((p) => p.text.replace(/^[^\t]*\t/, ''));
    const body = texts.slice(texts.findIndex((t) => t === expected[0]));
    expect(body.slice(0, expected.length)).toEqual(expected);
    expect(texts.some((t) => t.includes('[European Union: add: also ]'))).toBe(true);
    const proposed = renderCompilation(file.body, proposals).find((p) => p.proposalStatus)!;
    expect(wordParagraphs(parts['word/document.xml']!).map((p) => p.text)).toContain(`${proposed.number}\t${expected.at(-1)}`);
  });

  it('writes the same text to Markdown, and refuses Akoma Ntoso and a redline at once', () => {
    const md = exportPayload({ file: { ...file, proposals }, to: 'md', compilation: true });
    expect(md.ok && md.payload.kind === 'text' && md.payload.text).toContain('2. [**African Group**: delete: *Requests*] the Secretary-General');
    expect(exportPayload({ file, to: 'akn', compilation: true }).ok).toBe(false);
    expect(exportPayload({ file, to: 'docx', compilation: true, base: file.body }).ok).toBe(false);
  });
});
