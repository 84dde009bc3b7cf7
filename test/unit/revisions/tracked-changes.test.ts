import fc from 'fast-check';
import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { ResolutionElement } from '../../../shared/model/guards';
import { paragraphText } from '../../../shared/model/text';
import type { BodyParagraph, InlineNode } from '../../../shared/model/types';
import { recordDelete, recordInsert, recordParagraphDelete, recordParagraphInsert } from '../../../shared/revisions/record';
import {
  acceptAll,
  acceptAuthor,
  acceptChange,
  listChanges,
  rejectAll,
  rejectAuthor,
  rejectChange,
} from '../../../shared/revisions/tracked-changes';
import { doc, op, pp } from '../../support/nodes';

const rev = (id: string, author: string) => ({ id, author, date: '2026-03-02T10:00:00Z' });
const EU = rev('r1', 'EU');
const CUBA = rev('r2', 'Cuba');

const paragraphs = (value: readonly Descendant[]) => value.filter(ResolutionElement.isParagraph);
const texts = (value: readonly Descendant[]) => paragraphs(value).map((p) => paragraphText(p.children));
const withChildren = (children: InlineNode[]) => doc(op('o1', '', '')).map((n) => (ResolutionElement.isParagraph(n) ? { ...n, children } : n));

describe('recording edits', () => {
  const start = op('o1', 'Urges', ' Member States to act;').children;

  it('marks an insertion with its author and keeps the formatting around it', () => {
    const children = recordInsert(start, 26, ' now', EU);
    expect(children).toEqual([
      { text: 'Urges', opener: true },
      { text: ' Member States to act' },
      { text: ' now', ins: EU },
      { text: ';' },
    ]);
  });

  it('keeps deleted text in the value, struck through, and out of the current text', () => {
    const children = recordDelete(start, 6, 20, CUBA);
    expect(children).toEqual([{ text: 'Urges', opener: true }, { text: ' ' }, { text: 'Member States ', del: CUBA }, { text: 'to act;' }]);
    expect(paragraphText(children)).toBe('Urges to act;');
  });

  it("removes outright what the same author inserted, but marks another author's insertion deleted", () => {
    const inserted = recordInsert(start, 5, ' strongly', EU);
    expect(paragraphText(recordDelete(inserted, 5, 14, EU))).toBe('Urges Member States to act;');
    expect(listChanges(withChildren(recordDelete(inserted, 5, 14, EU)))).toEqual([]);
    const crossed = recordDelete(inserted, 5, 14, CUBA);
    expect(crossed).toContainEqual({ text: ' strongly', ins: EU, del: CUBA });
  });
});

describe('accepting and rejecting', () => {
  const value = (() => {
    const p = op('o1', 'Urges', ' Member States to act;');
    let children = recordInsert(p.children, 26, ' swiftly', EU);
    children = recordDelete(children, 6, 20, CUBA);
    let v: Descendant[] = doc(pp('p1', 'Recalling', ' its resolution,'), { ...p, children });
    v = recordParagraphInsert(v, 'o1', op('o2', 'Decides', ' to remain seized of the matter.'), rev('r3', 'EU'));
    v = recordParagraphDelete(v, 'p1', rev('r4', 'Cuba'));
    return v;
  })();

  it('lists every change with author, scope and text', () => {
    expect(listChanges(value).map((c) => [c.id, c.kind, c.scope, c.author, c.holder, c.text])).toEqual([
      ['r4', 'delete', 'paragraph', 'Cuba', 'p1', 'Recalling its resolution,'],
      ['r2', 'delete', 'text', 'Cuba', 'o1', 'Member States '],
      ['r1', 'insert', 'text', 'EU', 'o1', ' swiftly'],
      ['r3', 'insert', 'paragraph', 'EU', 'o2', 'Decides to remain seized of the matter.'],
    ]);
  });

  it.each([
    ['accept all', acceptAll(value), ['Urges to act swiftly;', 'Decides to remain seized of the matter.']],
    ['reject all', rejectAll(value), ['Recalling its resolution,', 'Urges Member States to act;']],
    ['accept EU', acceptAuthor(value, 'EU'), ['Urges to act swiftly;', 'Decides to remain seized of the matter.']],
    ['reject EU', rejectAuthor(value, 'EU'), ['Urges to act;']],
    ['accept one (r4)', acceptChange(value, 'r4'), ['Urges to act swiftly;', 'Decides to remain seized of the matter.']],
    ['reject one (r4)', rejectChange(value, 'r4'), ['Recalling its resolution,', 'Urges to act swiftly;', 'Decides to remain seized of the matter.']],
  ])('%s', (_, result, expected) => {
    // Current text of every paragraph that is still there and not deleted.
    expect(paragraphs(result).filter((p) => !p.del).map((p) => paragraphText(p.children))).toEqual(expected);
  });

  it('leaves the other changes untouched when resolving one author', () => {
    expect(listChanges(acceptAuthor(value, 'EU')).map((c) => c.author)).toEqual(['Cuba', 'Cuba']);
    expect(listChanges(acceptAll(value))).toEqual([]);
    expect(listChanges(rejectAll(value))).toEqual([]);
  });
});

type Edit = { kind: 'insert'; at: number; text: string; author: string } | { kind: 'delete'; at: number; length: number; author: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(200), text: fc.string({ minLength: 1, maxLength: 8 }), author: fc.constantFrom('EU', 'Cuba', 'G77') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(200), length: fc.integer({ min: 1, max: 12 }), author: fc.constantFrom('EU', 'Cuba', 'G77') }),
);

describe('property: random edit scripts', () => {
  it('accept-all gives the edited text and reject-all gives the original', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(edit, { maxLength: 25 }), (original, script) => {
        let plain = original;
        let children: InlineNode[] = [{ text: 'Urges', opener: true }, { text: original }];
        plain = `Urges${original}`;
        const base = plain;
        script.forEach((e, i) => {
          const revision = rev(`r${i}`, e.author);
          const at = e.at % (plain.length + 1);
          if (e.kind === 'insert') {
            children = recordInsert(children, at, e.text, revision);
            plain = plain.slice(0, at) + e.text + plain.slice(at);
          } else {
            const end = Math.min(plain.length, at + e.length);
            children = recordDelete(children, at, end, revision);
            plain = plain.slice(0, at) + plain.slice(end);
          }
          expect(paragraphText(children)).toBe(plain);
        });
        const value = withChildren(children);
        expect(texts(acceptAll(value))).toEqual([plain]);
        expect(texts(rejectAll(value))).toEqual([base]);
      }),
      { numRuns: 300 },
    );
  });

  it('holds with whole paragraphs inserted and deleted too', () => {
    const ids = ['p1', 'p2', 'p3'];
    const step = fc.record({ insert: fc.boolean(), target: fc.constantFrom(...ids), author: fc.constantFrom('EU', 'Cuba') });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 10 }), (script) => {
        let value: Descendant[] = doc(...ids.map((id) => pp(id, 'Noting', ` ${id},`)));
        const original = texts(value);
        let expected = [...ids];
        script.forEach((s, i) => {
          const revision = rev(`r${i}`, s.author);
          const present = paragraphs(value).some((p) => p.id === s.target && !p.del);
          if (s.insert) {
            const id = `n${i}`;
            if (!present) return;
            value = recordParagraphInsert(value, s.target, pp(id, 'Noting', ` ${id},`) as BodyParagraph, revision);
            expected.splice(expected.indexOf(s.target) + 1, 0, id);
          } else if (present) {
            value = recordParagraphDelete(value, s.target, revision);
            expected = expected.filter((x) => x !== s.target);
          }
        });
        expect(texts(acceptAll(value))).toEqual(expected.map((id) => `Noting ${id},`));
        expect(texts(rejectAll(value))).toEqual(original);
      }),
    );
  });
});
