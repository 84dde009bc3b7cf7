import { describe, expect, it } from 'vitest';
import { runsMarkdown } from '../../../shared/citations/markup';
import { setCitation } from '../../../shared/footnotes/insert';
import { renderedFootnotes } from '../../../shared/footnotes/rendered';
import { createHeadlessEditor } from '../../../shared/model/headless';
import { docWith, note, op, pp, textNote, unts } from './support/build';

const value = () =>
  docWith(
    [
      pp('p1', 'Recalling| the Convention on the Rights of the Child,[crc] and the Optional Protocol …,[opsc]'),
      pp('p2', 'Noting| that persons may be referred to with different terminology,[term]'),
      op('o1', 'Urges| States to ratify the Convention on the Rights of the Child[crc2]'),
    ],
    [note('term', textNote('The term “survivors” is used.')), note('crc', unts('1577', '27531')), note('opsc', unts('2171', '27531')), note('crc2', unts('1577', '27531'))],
  );

const printed = (v: ReturnType<typeof value>, ibidStyle: 'italic' | 'roman' = 'italic') =>
  renderedFootnotes(v, { ibidStyle }).map((f) => `${f.number} ${runsMarkdown(f.runs)}`);

describe('renderedFootnotes', () => {
  it('numbers, then decides Ibid. against the footnote numbered before', () => {
    expect(printed(value())).toEqual([
      '1 United Nations, *Treaty Series*, vol. 1577, No. 27531.',
      '2 *Ibid.*, vol. 2171, No. 27531.',
      '3 The term “survivors” is used.',
      '4 United Nations, *Treaty Series*, vol. 1577, No. 27531.',
    ]);
  });

  it('follows ibidStyle', () => {
    expect(printed(value(), 'roman')[1]).toBe('2 Ibid., vol. 2171, No. 27531.');
  });

  it('re-derives every dependent Ibid. when a citation is edited by hand', () => {
    const editor = createHeadlessEditor(value());
    setCitation(editor, 'crc', { kind: 'ets', no: '185' });
    expect(printed(editor.children as ReturnType<typeof value>).slice(0, 2)).toEqual([
      '1 Council of Europe, *European Treaty Series*, No. 185.',
      '2 United Nations, *Treaty Series*, vol. 2171, No. 27531.',
    ]);
    setCitation(editor, 'term', unts('2173', '27531'));
    expect(printed(editor.children as ReturnType<typeof value>).slice(2)).toEqual(['3 *Ibid.*, vol. 2173, No. 27531.', '4 *Ibid.*, vol. 1577, No. 27531.']);
  });

  it('reports the form and the imported text', () => {
    const v = value();
    const fn = renderedFootnotes(v, { ibidStyle: 'italic' });
    expect(fn.map((f) => f.form)).toEqual(['full', 'ibid-locator', 'full', 'full']);
  });
});
