import fc from 'fast-check';
import { Node, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { makeFootnoteRef, makeTitle } from '../../../shared/model/factories';
import { ResolutionElement } from '../../../shared/model/guards';
import { paragraphText } from '../../../shared/model/text';
import { redline } from '../../../shared/revisions/redline';
import { acceptAll, listChanges, rejectAll } from '../../../shared/revisions/tracked-changes';
import { doc, op, pp } from '../../support/nodes';

const texts = (value: readonly Descendant[]) => value.filter(ResolutionElement.isParagraph).map((p) => paragraphText(p.children));
const options = { author: 'Mexico', date: '2026-03-02T10:00:00Z' };

describe('redline', () => {
  const base = doc(
    pp('p1', 'Recalling', ' its resolution 74/174,'),
    op('o1', 'Urges', ' Member States to act;'),
    op('o2', 'Requests', ' the Secretary-General to report.'),
  );
  const current = doc(
    pp('p1', 'Recalling also', ' its resolution 74/174,'),
    op('o3', 'Welcomes', ' the report;'),
    op('o1', 'Urges', ' Member States to act without delay;'),
  );
  const tracked = redline(base, current, options);

  it('writes word edits inside paired paragraphs, new paragraphs inserted, removed ones deleted in place', () => {
    expect(listChanges(tracked).map((c) => [c.kind, c.scope, c.holder, c.text, c.author])).toEqual([
      ['insert', 'text', 'p1', ' also', 'Mexico'],
      ['insert', 'paragraph', 'o3', 'Welcomes the report;', 'Mexico'],
      ['insert', 'text', 'o1', ' without delay', 'Mexico'],
      ['delete', 'paragraph', 'o2', 'Requests the Secretary-General to report.', 'Mexico'],
    ]);
  });

  it('accept-all gives the current text and reject-all the base', () => {
    expect(texts(acceptAll(tracked))).toEqual(texts(current));
    expect(texts(rejectAll(tracked))).toEqual(texts(base));
  });

  it('diffs the title and keeps footnote markers in place', () => {
    const withTitle = (title: string, value: Descendant[]) => value.map((n) => ('type' in n && n.type === 'title' ? makeTitle(title) : n));
    const fn = { ...op('o1', 'Urges', ' States'), children: [{ text: 'Urges', opener: true as const }, { text: ' States' }, makeFootnoteRef('f1'), { text: ' to act;' }] };
    const fnNew = { ...fn, children: [{ text: 'Urges', opener: true as const }, { text: ' all States' }, makeFootnoteRef('f1'), { text: ' to act;' }] };
    const out = redline(withTitle('Old title', doc(fn)), withTitle('New title', doc(fnNew)), options);
    const title = out.find((n) => 'type' in n && n.type === 'title')!;
    expect(Node.string(title)).toBe('OldNew title');
    const paragraph = out.find(ResolutionElement.isParagraph)!;
    expect(paragraph.children.filter(ResolutionElement.isFootnoteRef)).toHaveLength(1);
  });

  it('property: accept-all gives the new value, reject-all the old, for any two values', () => {
    const sentences = ['Recalling its resolution 74/174,', 'Urges Member States to act;', 'Urges all Member States to act now;', 'Decides to remain seized of the matter.', 'Invites donors to contribute;'];
    const paragraphs = fc.array(fc.tuple(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'), fc.constantFrom(...sentences)), { maxLength: 6 })
      .map((list) => list.filter(([id], i) => list.findIndex(([other]) => other === id) === i));
    const build = (list: [string, string][]) => doc(...list.map(([id, text]) => op(id, '', text)));
    fc.assert(
      fc.property(paragraphs, paragraphs, (x, y) => {
        const out = redline(build(x), build(y), options);
        expect(texts(acceptAll(out))).toEqual(y.map(([, t]) => t));
        expect(texts(rejectAll(out)).sort()).toEqual(x.map(([, t]) => t).sort());
      }),
    );
  });
});
