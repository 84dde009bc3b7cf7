import { Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixAll, fixesOfRule, fixValue } from '../../../shared/formatting/apply-fixes';
import { lint } from '../../../shared/formatting/lint';
import { freeText, makeAdoptingBody, makeFootnote, makeFootnoteList, makeFootnoteRef, makeHeader, makeOperative, makeTitle } from '../../../shared/model/factories';
import { createHeadlessEditor } from '../../../shared/model/headless';
import { paragraphText } from '../../../shared/model/text';
import type { InlineNode } from '../../../shared/model/types';
import { doc, op, pp } from '../../support/nodes';

const textOf = (value: unknown[], id: string) => {
  const node = value.find((n) => typeof n === 'object' && n !== null && 'id' in n && n.id === id) as { children: InlineNode[] };
  return paragraphText(node.children);
};

describe('apply-fixes', () => {
  const value = doc(
    pp('p1', 'Emphasising', ' the role of the internet;'),
    pp('p2', 'Recalling', ' its resolution,'),
    pp('p3', 'Recalling', ' its other resolution,'),
    op('o1', 'Encourage', ' Member States to act,'),
    op('o2', 'Urges', ' States.'),
  );

  it('applies one fix and changes only its range; the opener mark follows (normalizer)', () => {
    const d = lint(value).find((x) => x.rule === 'spelling-ize')!;
    const fixed = fixValue(value, [d]);
    expect(textOf(fixed, 'p1')).toBe('Emphasizing the role of the internet;');
    const p1 = fixed.find((n) => 'id' in n && n.id === 'p1') as { children: InlineNode[] };
    expect(p1.children[0]).toEqual({ text: 'Emphasizing', opener: true });
  });

  it('fixes all of one kind, and an also/further fix rewrites its run', () => {
    const fixed = fixValue(value, fixesOfRule(lint(value), 'also-further-sequence'));
    expect(textOf(fixed, 'p3')).toBe('Recalling also its other resolution,');
  });

  it('fixes all until nothing fixable is left, on a live editor in one normalization', () => {
    const editor = createHeadlessEditor(structuredClone(value));
    let passes = 0;
    while (applyFixes(editor, lint(editor.children).filter((d) => d.fix)) > 0) passes += 1;
    expect(passes).toBeGreaterThan(0);
    expect(textOf(editor.children, 'o1')).toBe('Encourages Member States to act;');
    expect(textOf(editor.children, 'p1')).toBe('Emphasizing the role of the Internet,');
    expect(fixAll(value, lint)).toEqual(editor.children);
    expect(Editor.isEditor(editor)).toBe(true);
  });

  it('edits a free-text footnote, keeping its italics', () => {
    const note = makeFootnote({ kind: 'text', runs: [{ text: 'The term "survivor" is used in ' }, { text: 'Report', italic: true }, { text: '.' }] }, 'fn', 'The term "survivor" is used in Report.');
    const withNote = [makeHeader(), makeTitle('T'), makeAdoptingBody('The General Assembly'), makeOperative([{ text: 'Urges', opener: true }, { text: ' States.' }, makeFootnoteRef('fn'), { text: '' }], 0, 'o1'), makeFootnoteList([note, makeFootnote(freeText('unused'), 'zz')])];
    const fixed = fixValue(withNote, lint(withNote).filter((d) => d.rule === 'typographic-quotes'));
    const list = fixed[fixed.length - 1] as { children: { citation: { runs: { text: string; italic?: true }[] }; importedText?: string }[] };
    expect(list.children[0]!.citation.runs).toEqual([{ text: 'The term “survivor” is used in ' }, { text: 'Report', italic: true }, { text: '.' }]);
    expect(list.children[0]!.importedText).toBeUndefined();
  });
});
