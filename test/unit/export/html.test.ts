// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderCompilation } from '../../../shared/compilation/render-compilation';
import { exportDocumentOf } from '../../../shared/export/export-document';
import { exportPayload } from '../../../shared/export/index';
import { toPrintHtml } from '../../../shared/export/html';
import { cssString, escapeHtml } from '../../../shared/export/html/escape';
import { renderedFootnotes } from '../../../shared/footnotes/rendered';
import {
  clause,
  freeText,
  makeAdoptingBody,
  makeClosing,
  makeFootnote,
  makeFootnoteList,
  makeFootnoteRef,
  makeHeader,
  makeOperative,
  makePreambular,
  makeTitle,
  text,
} from '../../../shared/model/factories';
import { defaultSettings, type DocumentSettings } from '../../../shared/model/settings';
import { ResolutionElement } from '../../../shared/model/guards';
import { operativeNumbers } from '../../../shared/model/numbering';
import type { TopBlock } from '../../../shared/model/types';
import { compilationProposals, handCase, handCases } from '../../support/export-fixtures';

const HOSTILE = '<script>alert("x")</script> & \'quoted\'';
const revision = { id: 'r1', author: 'Peru', date: '2024-01-01T00:00:00Z' };

/** A small draft with every kind of line the print document has, and text that looks like markup. */
const fixture = (): TopBlock[] => [
  makeHeader({
    fields: { symbol: 'A/C.3/79/L.5</style>', organ: 'General Assembly', distribution: 'Limited', date: '2024-10-07', languageLine: 'Original: English', session: 'Seventy-ninth session', agendaItem: 'Agenda item 27 (b)' },
    sponsors: [
      { name: 'Colombia', role: 'main' },
      { name: 'Trinidad & Tobago', role: 'main' },
    ],
    sponsorLabel: 'draft resolution',
    symbolNotes: [{ anchor: 'sponsor', target: 'Colombia', text: 'On behalf of the Group of Latin American and Caribbean States.' }],
  }),
  makeTitle('Rights of the child <b>online</b>'),
  makeAdoptingBody('The General Assembly,'),
  makePreambular([text('Recalling', { opener: true }), text(' also', { opener: true }), text(' the Convention on the Rights of the Child,'), makeFootnoteRef('fn-a'), text('')], 'pp1'),
  makePreambular([text('Noting', { opener: true }), text(' the report'), text(' of 2019', { del: revision }), text(` ${HOSTILE},`), makeFootnoteRef('fn-b'), text('')], 'pp2'),
  makePreambular(clause('Deleted', ' paragraph,'), 'pp-gone'),
  makeOperative(clause('Urges', ' States:'), 0, 'op1'),
  makeOperative('to act;', 1, 'op1a'),
  makeOperative('to report, in particular:', 1, 'op1b'),
  makeOperative('by sharing data;', 2, 'op1bi'),
  makeOperative([text('Decides', { opener: true }), text(' to remain seized of the matter.'), makeFootnoteRef('fn-a'), text('')], 0, 'op2'),
  makeClosing('33rd plenary meeting', '21 July 2022'),
  makeFootnoteList([makeFootnote(freeText('First note.'), 'fn-a'), makeFootnote(freeText(`Second ${HOSTILE}.`), 'fn-b')]),
];

const deleted = (value: TopBlock[]): TopBlock[] => value.map((n) => ('id' in n && n.id === 'pp-gone' ? { ...n, del: revision } : n));

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const print = (value: TopBlock[], settings: Partial<DocumentSettings> = {}) => toPrintHtml(exportDocumentOf({ body: value, settings: { ...defaultSettings(), ...settings } }));
const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? '');

describe('the print document (PDF export)', () => {
  const html = print(deleted(fixture()));
  const doc = parse(html);

  it('is self-contained: no script, no element that loads anything, a policy that forbids it', () => {
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed').length).toBe(0);
    expect(html).not.toMatch(/\b(src|href)=|url\(|@import/);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(doc.documentElement.lang).toBe('en-GB');
  });

  it('escapes every text: markup in the title, the paragraphs and the footnotes stays text', () => {
    expect(doc.querySelector('h1.title')?.textContent).toBe('Rights of the child <b>online</b>');
    expect(doc.querySelector('h1.title b')).toBeNull();
    expect(texts(doc, 'p.body').some((t) => t.includes(`the report ${HOSTILE},`))).toBe(true);
    expect(texts(doc, '.notes .note').at(-1)).toBe(`2Second ${HOSTILE}.`);
    expect(doc.querySelector('.sponsors')?.textContent).toBe('Colombia* and Trinidad & Tobago: draft resolution');
  });

  it('writes the symbol into the running header as an escaped CSS string that cannot close <style>', () => {
    expect(doc.querySelectorAll('style').length).toBe(1);
    expect(doc.querySelector('style')?.textContent).toContain(`content: ${cssString('A/C.3/79/L.5</style>')}`);
    expect(doc.querySelector('.un-line .symbol')?.textContent).toBe('A/C.3/79/L.5</style>');
  });

  it('puts the derived numbers in the operative paragraphs, one indent step deeper per level', () => {
    expect([...doc.querySelectorAll('p.numbered')].map((p) => [p.querySelector('.label')?.textContent, p.className])).toEqual([
      ['1.', 'body numbered level-0'],
      ['(a)', 'body numbered level-1'],
      ['(b)', 'body numbered level-1'],
      ['(i)', 'body numbered level-2'],
      ['2.', 'body numbered level-0'],
    ]);
  });

  it('sets openers and the formula in italics, the formula comma roman, the closing line apart', () => {
    const italics = [...doc.querySelectorAll('p.body')].map((p) => p.querySelector('i')?.textContent ?? null);
    expect(italics).toEqual(['The General Assembly', 'Recalling also', 'Noting', 'Urges', null, null, null, 'Decides']);
    expect(doc.querySelector('p.formula')?.innerHTML).toBe('<i>The General Assembly</i>,');
    expect(doc.querySelector('p.closing')?.innerHTML).toBe('33rd plenary meeting<br>21 July 2022');
  });

  it('prints the current text: deleted words and deleted paragraphs are left out', () => {
    expect(html).not.toContain('of 2019');
    expect(html).not.toContain('Deleted');
  });

  it('marks footnotes with their derived numbers and lists them, after the * notes, in order under a rule', () => {
    expect(texts(doc, 'p.body sup.footnote')).toEqual(['1', '2', '1']);
    expect(texts(doc, '.sponsors sup.symbol')).toEqual(['*']);
    expect(doc.querySelector('.notes > hr')).not.toBeNull();
    expect(texts(doc, '.notes .note')).toEqual(['*On behalf of the Group of Latin American and Caribbean States.', '1First note.', `2Second ${HOSTILE}.`]);
  });

  it('takes the page size and the number layout from the settings', () => {
    expect(print(fixture(), { pageSize: 'Letter' })).toContain('@page { size: Letter;');
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/\.numbered\.level-1 \{ text-indent: 47\.5pt; \}/);
    expect(print(fixture(), { numberLayout: 'hanging' })).toMatch(/\.numbered\.level-1 \{ margin-left: 110\.85pt; text-indent: -23\.75pt; \}/);
  });

  it('escapes the characters that open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe.each(handCases())('the print document of %s', (name) => {
  const file = handCase(name);
  const doc = parse(toPrintHtml(exportDocumentOf(file)));

  it('has every operative label and every footnote, in order', () => {
    const labels = [...operativeNumbers(file.body).values()].filter(Boolean);
    expect(texts(doc, 'p.numbered .label')).toEqual(labels);
    const header = file.body.find(ResolutionElement.isHeader);
    const symbolNotes = (header?.symbolNotes ?? []).map((n, i) => `${'*'.repeat(i + 1)}${n.text}`);
    const notes = renderedFootnotes(file.body, file.settings).map((fn) => `${fn.number}${fn.text}`);
    expect(texts(doc, '.notes .note')).toEqual([...symbolNotes, ...notes]);
  });
});

describe('the print document of a compilation text', () => {
  const file = handCase('draft-with-subparagraphs');
  const proposals = compilationProposals();

  it('writes every compilation paragraph, in order, with its typed number, attributions in bold', () => {
    const outcome = exportPayload({ file: { ...file, proposals }, to: 'pdf', compilation: true });
    if (!outcome.ok || outcome.payload.kind !== 'print') throw new Error('no print document');
    const doc = parse(outcome.payload.html);
    const expected = renderCompilation(file.body, proposals).map((p) => p.number + p.runs.map((r) => r.text).join(''));
    expect(texts(doc, 'p.body:not(.formula):not(.recommendation)')).toEqual(expected);
    expect(texts(doc, 'p.body b')).toEqual(expect.arrayContaining(['European Union', 'African Group']));
  });
});
