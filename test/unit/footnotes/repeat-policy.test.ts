import { describe, expect, it } from 'vitest';
import { runsMarkdown } from '../../../shared/citations/markup';
import { applyRepeatPolicy } from '../../../shared/footnotes/apply-repeat';
import { footnoteMarkers } from '../../../shared/footnotes/numbers';
import { renderedFootnotes } from '../../../shared/footnotes/rendered';
import { inferFootnoteRepeat, repeatDepartures, type FootnoteRepeat } from '../../../shared/footnotes/repeat-policy';
import { createHeadlessEditor } from '../../../shared/model/headless';
import { docWith, note, op, pp, textNote, unts } from './support/build';
import { matcher } from './support/editor';

/** 001 in miniature: a note, UNTOC (marker 3, reused in OP17), CRC, the Optional Protocol, the Trafficking Protocol. */
const seed001Like = () =>
  docWith(
    [
      pp('p1', 'Recognizing| the potential for victims[t1]'),
      pp('p6', 'Noting| that the United Nations Convention against Transnational Organized Crime[untoc] is'),
      pp('p8', 'Recalling| the Convention on the Rights of the Child[crc] and the Optional Protocol …,[opsc]'),
      op('o17', 'Calls upon| States to ratify the United Nations Convention against Transnational Organized Crime[untoc] and the Protocol …,[tip]'),
    ],
    [note('t1', textNote('The term “survivor” …')), note('untoc', unts('2225', '39574')), note('crc', unts('1577', '27531')), note('opsc', unts('2171', '27531')), note('tip', unts('2237', '39574'))],
  );

const printed = (value: unknown[]) => renderedFootnotes(value as never, { ibidStyle: 'italic' }).map((f) => `${f.number} ${runsMarkdown(f.runs)}`);

describe('repeat policy (un-format.md §5.1)', () => {
  it.each<[FootnoteRepeat, string[]]>([
    ['none', ['drop']],
    ['same-number', []],
    ['new-footnote', ['new-footnote']],
  ])('the reused marker under %s', (policy, fixes) => {
    expect(repeatDepartures(seed001Like(), policy).map((d) => d.fix)).toEqual(fixes);
  });

  it('fixes 001 in miniature under none, then finds nothing left', () => {
    const editor = createHeadlessEditor(seed001Like());
    applyRepeatPolicy(editor, 'none');
    expect(printed(editor.children)).toEqual([
      '1 The term “survivor” …',
      '2 United Nations, *Treaty Series*, vol. 2225, No. 39574.',
      '3 *Ibid.*, vol. 1577, No. 27531.',
      '4 *Ibid.*, vol. 2171, No. 27531.',
      '5 *Ibid.*, vol. 2237, No. 39574.',
    ]);
    expect(repeatDepartures(editor.children, 'none')).toEqual([]);
  });

  it('turns the reused marker into a footnote of its own under new-footnote', () => {
    const editor = createHeadlessEditor(seed001Like());
    applyRepeatPolicy(editor, 'new-footnote');
    expect(printed(editor.children).slice(4)).toEqual(['5 *Ibid.*, vol. 2225, No. 39574.', '6 *Ibid.*, vol. 2237, No. 39574.']);
    expect(inferFootnoteRepeat(editor.children)).toBe('new-footnote');
  });

  it('drops a repeat inside the preamble and an operative repeat beyond the first', () => {
    const value = docWith(
      [
        pp('p1', 'Recalling| the Convention on the Rights of the Child,[c]'),
        pp('p2', 'Recalling also| the Convention on the Rights of the Child,[c]'),
        op('o1', 'Urges| the Convention on the Rights of the Child[c]'),
        op('o2', 'Urges| the Convention on the Rights of the Child[c]'),
      ],
      [note('c', unts('1577', '27531'))],
    );
    expect(repeatDepartures(value, 'same-number').map((d) => [d.fix, d.holder])).toEqual([['drop', 'p2'], ['drop', 'o2']]);
    const editor = createHeadlessEditor(value);
    applyRepeatPolicy(editor, 'same-number');
    expect(footnoteMarkers(editor.children).map((m) => m.holder)).toEqual(['p1', 'o1']);
  });

  it('adds the missing operative footnote after the name and its punctuation, with the matcher', () => {
    const value = docWith(
      [pp('p1', 'Recalling| the Convention on the Rights of the Child,[c]'), op('o1', 'Urges| States to ratify the Convention on the Rights of the Child, and')],
      [note('c', unts('1577', '27531'))],
    );
    expect(repeatDepartures(value, 'new-footnote')).toEqual([]);
    const editor = createHeadlessEditor(value);
    expect(applyRepeatPolicy(editor, 'new-footnote', matcher)).toBe(1);
    const added = footnoteMarkers(editor.children)[1]!;
    expect([added.holder, added.offset]).toEqual(['o1', 'Urges States to ratify the Convention on the Rights of the Child,'.length]);
    expect(printed(editor.children)).toEqual(['1 United Nations, *Treaty Series*, vol. 1577, No. 27531.', '2 *Ibid.*, vol. 1577, No. 27531.']);
    expect(applyRepeatPolicy(editor, 'new-footnote', matcher)).toBe(0);
  });
});
