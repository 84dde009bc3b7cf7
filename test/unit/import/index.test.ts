import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../shared/import/index';
import { normalizeValue } from '../../../shared/model/headless';
import { parsePenholderFile, serializePenholderFile } from '../../../shared/model/read-file';
import { summarize } from '../../../shared/summary/summary';
import { aknDir, docxDir, filesIn, importedFile, seedsDir } from './support';

const refuse = (name: string, bytes: Uint8Array) => {
  const result = importDocument({ name, bytes });
  expect(result.ok).toBe(false);
  const error = result.ok ? '' : result.error;
  // one clear line, naming the file
  expect(error.split('\n')).toHaveLength(1);
  expect(error.startsWith(`${name}: `)).toBe(true);
  return error;
};

/** Sets the uncompressed size of every central-directory entry: a zip that claims to inflate to 4 GB. */
function claimHugeSize(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i += 1) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xfffffff0, true);
  return out;
}

describe('importDocument refuses bad input with one clear line', () => {
  const docx = new Uint8Array(readFileSync(join(docxDir, 'A_RES_78_311.docx')));
  const akn = readFileSync(join(aknDir, '75_68_E.xml'));
  it.each([
    ['empty.txt', new Uint8Array(0), /empty/],
    ['blank.txt', strToU8('  \n\n \t \n'), /no text/],
    ['random.bin', new Uint8Array(8192).map((_, i) => (i * 2654435761) >>> 24), /binary/],
    ['scan.pdf', strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF/],
    ['old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.doc/],
    ['draft.rtf', strToU8('{\\rtf1\\ansi The General Assembly}'), /RTF/],
    ['truncated.docx', docx.slice(0, docx.length / 2), /corrupt or truncated/],
    ['renamed.docx', strToU8('The General Assembly,'), /not a valid \.docx/],
    ['other.zip', zipSync({ 'readme.txt': strToU8('hello') }), /not a Word document/],
    ['bomb.docx', claimHugeSize(zipSync({ 'word/document.xml': strToU8('<w:document/>') })), /inflate/],
    ['truncated.xml', new Uint8Array(akn.subarray(0, akn.length / 2)), /not well-formed XML.*truncated/],
    ['mismatched.xml', strToU8('<akomaNtoso><statement></act></akomaNtoso>'), /does not close/],
    ['other.xml', strToU8('<?xml version="1.0"?><rss><channel/></rss>'), /not Akoma Ntoso/],
    ['huge.txt', new Uint8Array(17 * 1024 * 1024).fill(0x61), /too large/],
  ])('%s', (name, bytes, message) => {
    expect(refuse(name, bytes)).toMatch(message);
  });
});

describe('importDocument decodes other encodings to the same document', () => {
  const reference = summarize(importedFile(join(seedsDir, '004_2212778934c84f96.txt')).body, { ibidStyle: 'italic' });
  const text = readFileSync(join(seedsDir, '004_2212778934c84f96.txt'), 'utf8');
  it.each([
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])],
    ['UTF-16 LE without BOM', new Uint8Array(Buffer.from(text, 'utf16le'))],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')])],
  ])('%s', (_label, bytes) => {
    const result = importDocument({ name: '004.txt', bytes });
    expect(result.ok).toBe(true);
    if (result.ok) expect(summarize(result.file.body, { ibidStyle: 'italic' })).toEqual(reference);
  });
});

const everyInput = [...filesIn(seedsDir, '.txt'), ...filesIn(aknDir, '.xml'), ...filesIn(docxDir, '.docx')];

describe.each(everyInput.map((path) => [basename(path), path]))('round trip of %s', (_name, path) => {
  it('import → save → reopen gives the same document, stable under the structure rules', () => {
    const file = importedFile(path);
    const reopened = parsePenholderFile(serializePenholderFile(file));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(reopened.file).toEqual(file);
    expect(normalizeValue(reopened.file.body)).toEqual(file.body);
    expect(file.notes).toEqual(expect.any(Array));
  });
});

describe('importDocument reads HTML files through the text pipeline', () => {
  it('structures a small resolution saved as a web page', () => {
    const html = `<!DOCTYPE html><html><head><style>p { margin: 0 }</style></head><body>
      <p><b>Strengthening cooperation</b></p>
      <p><i>The General Assembly</i>,</p>
      <p><i>Recalling</i> its resolution 74/174,<sup>1</sup></p>
      <p>1. <i>Decides</i> to remain seized of the matter.</p>
      <ol class="footnotes"><li id="fn1">United Nations, <i>Treaty Series</i>, vol. 1577, No. 27531.</li></ol>
    </body></html>`;
    const result = importDocument({ name: 'draft.html', bytes: strToU8(html) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const summary = summarize(result.file.body, result.file.settings);
    expect([summary.title, summary.adoptingBody, summary.preambular, summary.operative]).toEqual(['Strengthening cooperation', 'The General Assembly', 1, 1]);
    expect(summary.footnotes).toEqual([{ number: 1, text: expect.stringContaining('vol. 1577, No. 27531.') }]);
  });
});
