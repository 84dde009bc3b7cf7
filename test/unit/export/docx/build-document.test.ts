import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../shared/export/docx/build-document';
import { exportDocumentOf } from '../../../../shared/export/export-document';
import { renderedFootnotes } from '../../../../shared/footnotes/rendered';
import { ResolutionElement } from '../../../../shared/model/guards';
import { operativeNumbers } from '../../../../shared/model/numbering';
import { allBlocks } from '../../../../shared/revisions/tree';
import type { PenholderFile } from '../../../../shared/model/file-schema';
import type { Header } from '../../../../shared/model/types';
import { packParts, wordFootnotes, wordParagraphs } from '../../../support/docx-parts';
import { handCase, handCases } from '../../../support/export-fixtures';
import { findAll, parseXml } from '../../../support/xml-tree';

const build = async (file: PenholderFile) => packParts(buildDocument(exportDocumentOf(file)));
const cases = handCases().map((name) => [name, handCase(name)] as const);

describe.each(cases)('Word export of %s', (_name, file) => {
  it('names the UN styles and sets Times New Roman 10 pt, en-GB', async () => {
    const styles = parseXml((await build(file))['word/styles.xml']!);
    const ids = findAll(styles, 'w:style').map((s) => s.attrs['w:styleId']);
    expect(ids).toEqual(expect.arrayContaining(['SingleTxt', 'HCh', 'H1', 'H23', 'H4', 'FootnoteText', 'FootnoteReference']));
    const defaults = findAll(styles, 'w:docDefaults')[0]!;
    expect(findAll(defaults, 'w:rFonts')[0]!.attrs['w:ascii']).toBe('Times New Roman');
    expect(findAll(defaults, 'w:sz')[0]!.attrs['w:val']).toBe('20');
    expect(findAll(defaults, 'w:lang')[0]!.attrs['w:val']).toBe('en-GB');
  });

  it('uses the page size of the settings and numbers pages in the footer from page 2', async () => {
    const parts = await build(file);
    const size = findAll(parseXml(parts['word/document.xml']!), 'w:pgSz')[0]!.attrs;
    expect([size['w:w'], size['w:h']]).toEqual(file.settings.pageSize === 'A4' ? ['11906', '16838'] : ['12240', '15840']);
    expect(findAll(parseXml(parts['word/document.xml']!), 'w:titlePg')).toHaveLength(1);
    const footers = Object.keys(parts).filter((p) => /word\/footer\d+\.xml/.test(p)).map((p) => parts[p]!);
    expect(footers.filter((xml) => xml.includes('PAGE') && xml.includes('NUMPAGES'))).toHaveLength(2);
  });

  it('numbers operative paragraphs with Word lists in the chosen layout, (a) and (i) one level down', async () => {
    const parts = await build(file);
    const lists = findAll(parseXml(parts['word/numbering.xml']!), 'w:abstractNum');
    const operative = lists.find((l) => findAll(l, 'w:lvlText')[0]?.attrs['w:val'] === '%1.')!;
    const indent = findAll(operative, 'w:ind')[0]!.attrs;
    if (file.settings.numberLayout === 'un') expect(indent).toMatchObject({ 'w:firstLine': expect.any(String) });
    else expect(indent).toMatchObject({ 'w:hanging': expect.any(String) });
    const labels = operativeNumbers(file.body);
    const expected = allBlocks(file.body).filter(ResolutionElement.isOperative).filter((op) => labels.get(op.id)).map((op) => op.level);
    const listed = wordParagraphs(parts['word/document.xml']!, 'accept').filter((p) => p.listLevel !== null).map((p) => p.listLevel);
    expect(listed).toEqual(expected);
  });

  it('writes every footnote as a real footnote, ids ascending in reference order, text as derived', async () => {
    const parts = await build(file);
    const paragraphs = wordParagraphs(parts['word/document.xml']!, 'accept');
    const ids = paragraphs.flatMap((p) => p.notes);
    const firstUse = ids.filter((id, i) => ids.indexOf(id) === i);
    expect(firstUse).toEqual([...firstUse].sort((a, b) => a - b));
    const notes = wordFootnotes(parts['word/footnotes.xml']!);
    expect(firstUse.map((id) => notes.get(id))).toEqual(renderedFootnotes(file.body, file.settings).map((f) => f.text));
  });

  it('puts the * notes on the header line they belong to, before the title, as custom-mark footnotes', async () => {
    const parts = await build(file);
    const header = file.body.find(ResolutionElement.isHeader) as Header;
    const paragraphs = wordParagraphs(parts['word/document.xml']!);
    const title = paragraphs.findIndex((p) => p.style === 'H1' && !p.text.startsWith('Resolution adopted'));
    const marks = paragraphs.slice(0, title).flatMap((p) => p.symbolNotes);
    expect(marks).toHaveLength(header.symbolNotes.length);
    const notes = wordFootnotes(parts['word/footnotes.xml']!);
    expect(marks.map((id) => notes.get(id))).toEqual(header.symbolNotes.map((n) => n.text));
  });
});

describe('Word export details', () => {
  it('writes the adopting formula in italics with a roman comma', async () => {
    const xml = (await build(handCase('draft-with-subparagraphs')))['word/document.xml']!;
    expect(xml).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">The Economic and Social Council<\/w:t><\/w:r><w:r><w:t xml:space="preserve">,<\/w:t>/);
  });

  it('prefixes an adopted title with its number and closes with the italic, right-aligned meeting line', async () => {
    const parts = await build(handCase('adopted-nested'));
    const paragraphs = wordParagraphs(parts['word/document.xml']!);
    expect(paragraphs.find((p) => p.style === 'H1' && p.text.startsWith('2022/14. '))).toBeDefined();
    expect(paragraphs.at(-1)).toMatchObject({ style: 'Closing', text: '33rd plenary meeting\n21 July 2022' });
    const closing = findAll(parseXml(parts['word/styles.xml']!), 'w:style').find((s) => s.attrs['w:styleId'] === 'Closing')!;
    expect(findAll(closing, 'w:jc')[0]!.attrs['w:val']).toBe('right');
    expect(findAll(closing, 'w:i')).toHaveLength(1);
  });

  it('numbers the nested resolution as a list of its own, starting again at 1', async () => {
    const parts = await build(handCase('adopted-nested'));
    const numIds = findAll(parseXml(parts['word/document.xml']!), 'w:numId').map((n) => n.attrs['w:val']);
    expect(numIds).toHaveLength(2);
    const starts = findAll(parseXml(parts['word/numbering.xml']!), 'w:num').filter((n) => numIds.includes(n.attrs['w:numId']));
    expect(starts.map((n) => findAll(n, 'w:startOverride')[0]?.attrs['w:val'])).toEqual(['1']);
  });
});
