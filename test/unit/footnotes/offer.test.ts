import { Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { runsMarkdown } from '../../../shared/citations/markup';
import { acceptOffer } from '../../../shared/footnotes/accept-offer';
import { footnoteMarkers } from '../../../shared/footnotes/numbers';
import { footnoteOffer } from '../../../shared/footnotes/offer';
import { renderedFootnotes } from '../../../shared/footnotes/rendered';
import type { DocumentSettings } from '../../../shared/model/settings';
import { paragraphText } from '../../../shared/model/text';
import type { BodyParagraph } from '../../../shared/model/types';
import { docWith, note, op, pp, unts } from './support/build';
import { editorAtEnd, matcher } from './support/editor';

const none: Pick<DocumentSettings, 'footnoteRepeat'> = { footnoteRepeat: 'none' };
const printed = (value: unknown[]) => renderedFootnotes(value as never, { ibidStyle: 'italic' }).map((f) => runsMarkdown(f.runs));

describe('footnoteOffer and acceptOffer', () => {
  it('offers the footnote right after a typed name, places it after the comma, and Ibid. follows', () => {
    const editor = editorAtEnd(docWith([pp('p1', 'Recalling| the Convention on the Rights of the Child,')], []), 'p1');
    const offer = footnoteOffer(editor, matcher, none);
    expect(offer).toMatchObject({ paragraphId: 'p1', mode: 'new', start: 14, end: 51, at: 52, citation: unts('1577', '27531') });
    expect(acceptOffer(editor, offer!)).toBe(true);
    expect(printed(editor.children)).toEqual(['United Nations, *Treaty Series*, vol. 1577, No. 27531.']);
    expect(footnoteOffer(editor, matcher, none)).toBeNull();

    Transforms.insertText(editor, ' the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography,');
    const second = footnoteOffer(editor, matcher, none);
    expect(second?.entry.names[0]).toMatch(/^Optional Protocol to the Convention/);
    acceptOffer(editor, second!);
    expect(printed(editor.children)).toEqual(['United Nations, *Treaty Series*, vol. 1577, No. 27531.', '*Ibid.*, vol. 2171, No. 27531.']);
    const p1 = editor.children[3] as BodyParagraph;
    expect(paragraphText(p1.children)).toMatch(/Child, the Optional .* pornography,$/);
    expect(footnoteMarkers(editor.children).map((m) => m.offset)).toEqual([52, paragraphText(p1.children).length]);
  });

  it.each<[string, string]>([
    ['the name is not at the caret', 'Recalling| the Convention on the Rights of the Child and its importance'],
    ['the case differs (a near miss is the linter’s)', 'Recalling| the convention on the rights of the child,'],
    ['the Charter is never footnoted', 'Guided| by the Charter of the United Nations,'],
    ['nothing known', 'Recalling| its resolution 61/146,'],
  ])('offers nothing when %s', (_name, source) => {
    expect(footnoteOffer(editorAtEnd(docWith([pp('p1', source)], []), 'p1'), matcher, none)).toBeNull();
  });

  it('offers nothing for a name already footnoted there, or again in the preamble', () => {
    const crc = note('c', unts('1577', '27531'));
    expect(footnoteOffer(editorAtEnd(docWith([pp('p1', 'Recalling| the Convention on the Rights of the Child,[c]')], [crc]), 'p1'), matcher, none)).toBeNull();
    const again = docWith([pp('p1', 'Recalling| the Convention on the Rights of the Child,[c]'), pp('p2', 'Noting| the Convention on the Rights of the Child,')], [crc]);
    expect(footnoteOffer(editorAtEnd(again, 'p2'), matcher, { footnoteRepeat: 'new-footnote' })).toBeNull();
  });

  it.each<[DocumentSettings['footnoteRepeat'], object | null]>([
    ['none', null],
    ['new-footnote', { mode: 'new', citation: unts('1577', '27531') }],
    ['same-number', { mode: 'reuse', footnoteId: 'c' }],
  ])('at the first operative mention under %s', (policy, expected) => {
    const value = docWith(
      [pp('p1', 'Recalling| the Convention on the Rights of the Child,[c]'), op('o1', 'Urges| States to ratify the Convention on the Rights of the Child')],
      [note('c', unts('1577', '27531'))],
    );
    const offer = footnoteOffer(editorAtEnd(value, 'o1'), matcher, { footnoteRepeat: policy });
    expect(offer === null ? null : offer).toEqual(expected === null ? null : expect.objectContaining(expected));
  });

  it('under same-number, accepting references the existing number again', () => {
    const value = docWith(
      [pp('p1', 'Recalling| the Convention on the Rights of the Child,[c]'), op('o1', 'Urges| States to ratify the Convention on the Rights of the Child;')],
      [note('c', unts('1577', '27531'))],
    );
    const editor = editorAtEnd(value, 'o1');
    acceptOffer(editor, footnoteOffer(editor, matcher, { footnoteRepeat: 'same-number' })!);
    expect(footnoteMarkers(editor.children).map((m) => [m.footnoteId, m.holder])).toEqual([['c', 'p1'], ['c', 'o1']]);
    expect(printed(editor.children)).toHaveLength(1);
  });
});
