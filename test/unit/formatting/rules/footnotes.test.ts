import { describe, expect, it } from 'vitest';
import type { Descendant } from 'slate';
import { fixValue } from '../../../../shared/formatting/apply-fixes';
import { lint } from '../../../../shared/formatting/lint';
import type { Citation } from '../../../../shared/model/citation';
import { clause, freeText, makeAdoptingBody, makeFootnote, makeFootnoteList, makeFootnoteRef, makeHeader, makeOperative, makePreambular, makeTitle } from '../../../../shared/model/factories';
import { defaultSettings } from '../../../../shared/model/settings';
import { ResolutionElement } from '../../../../shared/model/guards';
import { paragraphText } from '../../../../shared/model/text';
import type { InlineNode } from '../../../../shared/model/types';
import { lintWith } from '../rule-harness';

const unts = (vol: string, no: string): Citation => ({ kind: 'unts', vols: [vol], nos: [no] });
const ref = makeFootnoteRef;
const t = (text: string) => ({ text });

function resolution(paragraphs: Descendant[], footnotes: ReturnType<typeof makeFootnote>[]): Descendant[] {
  return [makeHeader(), makeTitle('T'), makeAdoptingBody('The General Assembly,'), ...paragraphs, makeFootnoteList(footnotes)];
}

const explanatory = makeFootnote(freeText('This paragraph does not describe existing criminal offences in Member States.'), 'fa');
const untoc = makeFootnote(unts('2225', '39574'), 'fb', 'Ibid., vol. 2225, No. 39574.');
const opsc = makeFootnote(unts('2171', '27531'), 'fc', 'United Nations, Treaty Series, vol. 2171, No. 27531.');

const value = resolution(
  [
    makePreambular([{ text: 'Noting', opener: true }, t(' the harm to family cohesion and social stability,'), ref('fa'), t('')], 'p1'),
    makePreambular([{ text: 'Noting', opener: true }, t(' that the United Nations Convention against Transnational Organized Crime'), ref('fb'), t(', and the efforts,')], 'p2'),
    makeOperative([{ text: 'Urges', opener: true }, t(' States to accede to the Optional Protocol to that Convention on the sale of children, child prostitution and child pornography, and urges States parties to fully implement those instruments;'), ref('fc'), t('')], 0, 'o1'),
    makeOperative([{ text: 'Calls upon', opener: true }, t(' States to ratify the United Nations Convention against Transnational Organized Crime'), ref('fb'), t('.')], 0, 'o2'),
  ],
  [explanatory, untoc, opsc],
);

const RULES = ['footnote-ibid-antecedent', 'footnote-ref-reused', 'footnote-marker-placement', 'footnote-marker-punctuation'];

describe('footnote checks', () => {
  const found = lintWith(value, RULES);

  it('reports each problem on the right target', () => {
    expect(found.map((d) => `${d.rule} ${d.ref} ${d.severity}`)).toEqual([
      'footnote-marker-punctuation PP2 warning',
      'footnote-marker-placement OP1 warning',
      'footnote-ref-reused OP2 warning',
      'footnote-marker-punctuation OP2 warning',
      'footnote-ibid-antecedent fn2 error',
    ]);
  });

  it('fixes move or drop markers and regenerate the Ibid. without touching the text', () => {
    const fixed = fixValue(value, found);
    const texts = (v: Descendant[]) => v.filter(ResolutionElement.isParagraph).map((n) => paragraphText(n.children));
    expect(texts(fixed)).toEqual(texts(value));
    const markerAt = (v: Descendant[], id: string) => {
      const p = v.find((n) => 'id' in n && n.id === id) as { children: InlineNode[] };
      let offset = 0;
      const out: number[] = [];
      for (const c of p.children) if ('type' in c) out.push(offset); else offset += c.text.length;
      return out;
    };
    expect(markerAt(fixed, 'p2')).toEqual([markerAt(value, 'p2')[0]! + 1]);
    const o1 = paragraphText((value[5] as { children: InlineNode[] }).children);
    expect(markerAt(fixed, 'o1')).toEqual([o1.indexOf('pornography,') + 'pornography,'.length]);
    expect(markerAt(fixed, 'o2')).toEqual([]);
    const list = fixed.find((n) => 'type' in n && n.type === 'footnote-list') as { children: { id: string; importedText?: string }[] };
    expect(list.children.find((f) => f.id === 'fb')!.importedText).toBeUndefined();
    expect(lintWith(fixed, RULES)).toEqual([]);
  });

  it('accepts Ibid. after the same work, and leaves an unparsed antecedent alone', () => {
    const crc = makeFootnote(unts('1577', '27531'), 'f1', 'United Nations, Treaty Series, vol. 1577, No. 27531.');
    const opscIbid = makeFootnote(unts('2171', '27531'), 'f2', 'Ibid., vol. 2171, No. 27531.');
    const other = makeFootnote(freeText('International Maritime Organization, document LC 32/15, annex 5.'), 'f3');
    const ibidText = makeFootnote(freeText('Ibid.'), 'f4', 'Ibid.');
    const ok = resolution(
      [makePreambular([...clause('Recalling', ' the Convention on the Rights of the Child'), ref('f1'), t(' and the Optional Protocol,'), ref('f2'), t(' and documents'), ref('f3'), t(' and'), ref('f4'), t(',')], 'p1')],
      [crc, opscIbid, other, ibidText],
    );
    expect(lintWith(ok, ['footnote-ibid-antecedent'])).toEqual([]);
  });

  it('allows a repeated marker under the same-number policy at the first operative mention only', () => {
    const settings = { ...defaultSettings(), footnoteRepeat: 'same-number' as const };
    const twice = resolution(
      [
        makePreambular([...clause('Noting', ' the Convention'), ref('fx'), t(',')], 'p1'),
        makeOperative([...clause('Urges', ' accession to the Convention'), ref('fx'), t(';')], 0, 'o1'),
        makeOperative([...clause('Invites', ' parties to the Convention'), ref('fx'), t('.')], 0, 'o2'),
      ],
      [makeFootnote(unts('1577', '27531'), 'fx')],
    );
    expect(lintWith(twice, ['footnote-ref-reused'], { settings }).map((d) => d.ref)).toEqual(['OP2']);
    expect(lint(twice).filter((d) => d.rule === 'footnote-ref-reused').map((d) => d.ref)).toEqual(['OP1', 'OP2']);
  });
});
