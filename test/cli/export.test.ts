import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { importDocument } from '../../shared/import/index';
import { serializePenholderFile } from '../../shared/model/read-file';
import { summarize } from '../../shared/summary/summary';
import { unzipParts, wordParagraphs } from '../support/docx-parts';
import { GOLDEN_DIR, handCase, SEEDS_DIR, EXPORT_SEEDS } from '../support/export-fixtures';
import { findAll, parseXml } from '../support/xml-tree';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s: string) => void (stdout += s), stderr: (s: string) => void (stderr += s), stdin: Readable.from([]), cwd: dir };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'penholder-export-'));
const draft = join(GOLDEN_DIR, 'draft-with-subparagraphs', 'input.penholder.json');
const seed = (key: keyof typeof EXPORT_SEEDS) => join(SEEDS_DIR, EXPORT_SEEDS[key]);

describe('penholder export', () => {
  it.each([
    ['docx', 'out.docx'],
    ['md', 'out.md'],
    ['akn', 'out.xml'],
  ])('--to %s writes a file that imports back to the same paragraphs', async (to, out) => {
    const { code, stdout, stderr } = await run('export', draft, '--to', to, '-o', out);
    expect([code, stdout, stderr]).toEqual([0, '', '']);
    const back = await importDocument({ name: out, bytes: new Uint8Array(readFileSync(join(dir, out))) });
    expect(back.ok).toBe(true);
    const file = handCase('draft-with-subparagraphs');
    if (back.ok) expect(summarize(back.file.body, back.file.settings).paragraphs.map((p) => p.opener)).toEqual(summarize(file.body, file.settings).paragraphs.map((p) => p.opener));
  });

  it('--to pdf prints the document in UN layout with Chromium', async () => {
    const { code, stdout, stderr } = await run('export', seed('004'), '--to', 'pdf', '-o', 'seed-004.pdf');
    expect([code, stdout, stderr]).toEqual([0, '', '']);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'seed-004.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Colombia\* and Philippines: revised draft resolution/);
    expect(text).toMatch(/^\s+1\.\s+Urges those States/m);
  });

  it('exports an importable file directly (a seed conversion)', async () => {
    const { code } = await run('export', seed('004'), '--to', 'docx', '-o', 'seed-004.docx');
    expect(code).toBe(0);
    const paragraphs = wordParagraphs(unzipParts(readFileSync(join(dir, 'seed-004.docx')))['word/document.xml']!);
    expect(paragraphs.some((p) => p.text.startsWith('Colombia and Philippines: revised draft resolution'))).toBe(true);
  });

  it('--against writes the redline with the --author on every change', async () => {
    const { code, stderr } = await run('export', seed('003'), '--to', 'docx', '-o', 'redline.docx', '--against', seed('001'), '--author', 'European Union');
    expect([code, stderr]).toEqual([0, '']);
    const xml = unzipParts(readFileSync(join(dir, 'redline.docx')))['word/document.xml']!;
    const changes = [...findAll(parseXml(xml), 'w:ins'), ...findAll(parseXml(xml), 'w:del')];
    expect(changes.length).toBeGreaterThan(20);
    expect(new Set(changes.map((c) => c.attrs['w:author']))).toEqual(new Set(['European Union']));
  });

  it.each([
    [['export', draft, '--to', 'docx'], /usage: penholder export/],
    [['export', draft, '-o', 'x.docx'], /usage: penholder export/],
    [['export', draft, '--to', 'rtf', '-o', 'x.rtf'], /unknown format 'rtf' for --to \(docx, md, akn or pdf\)/],
    [['export', draft, '--to', 'pdf', '-o', 'x.pdf', '--against', draft], /as a Word document \(docx\)/],
    [['export', draft, '--to', 'md', '-o', 'x.md', '--against', draft], /as a Word document \(docx\)/],
    [['export', join(dir, 'missing.penholder.json'), '--to', 'md', '-o', 'x.md'], /no such file/],
    [['export', draft, '--to', 'md', '-o', 'x.md', '--colour'], /unknown option --colour/],
    [['export', draft, '--to', 'docx', '-o', join(dir, 'no-such-folder', 'x.docx')], /cannot be written/],
  ])('%j is a usage or input error: exit 2, one line on stderr', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('leaves an existing output untouched when the document is corrupt', async () => {
    const corrupt = join(dir, 'corrupt.penholder.json');
    writeFileSync(corrupt, serializePenholderFile(handCase('adopted-nested')).slice(0, 200));
    writeFileSync(join(dir, 'keep.md'), 'previous export');
    expect((await run('export', corrupt, '--to', 'md', '-o', 'keep.md')).code).toBe(2);
    expect(readFileSync(join(dir, 'keep.md'), 'utf8')).toBe('previous export');
  });

  it('has --help', async () => {
    const { code, stdout } = await run('export', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/--against <base>/);
  });
});

describe('the real bin', () => {
  it('`npx penholder export <file> --to docx -o <out>` writes the file and exits 0', async () => {
    const out = join(dir, 'bin.docx');
    await promisify(execFile)('npx', ['--no-install', 'penholder', 'export', draft, '--to', 'docx', '-o', out], {
      cwd: join(__dirname, '../..'),
      timeout: 60_000,
    });
    expect(existsSync(out)).toBe(true);
  });
});
