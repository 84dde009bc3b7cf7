import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '../../../shared/model/headless';
import { applyAgreedText, insertAgreedParagraph } from '../../../shared/agreed-language/apply-agreed';
import type { Passage } from '../../../shared/agreed-language/passage';
import { doc, op, pp } from '../../support/nodes';

const passage: Passage = {
  ref: 'A/RES/78/187 PP21',
  symbol: 'A/RES/78/187',
  paragraph: 'PP21',
  kind: 'preambular',
  body: 'General Assembly',
  date: '2023-12-19',
  title: 'Rights of the child',
  opener: 'Reaffirming',
  text: 'Reaffirming that States have the primary responsibility,',
};

const body = () => doc(pp('p1', 'Recalling', ' its resolutions,'), pp('p2', 'Reaffirming', ' that States'), op('o1', 'Decides', ' to act.'));

describe('inserting agreed text', () => {
  it('replaces the typed beginning with the agreed paragraph, opener marked, provenance kept', () => {
    const editor = createHeadlessEditor(body());
    const at = editor.children.findIndex((n) => 'id' in n && n.id === 'p2');
    applyAgreedText(editor, [at], passage);
    expect(editor.children[at]).toMatchObject({
      id: 'p2',
      children: [{ text: 'Reaffirming', opener: true }, { text: ' that States have the primary responsibility,' }],
      source: { ref: 'A/RES/78/187 PP21', paragraph: 'PP21', text: passage.text, date: '2023-12-19' },
    });
    expect(editor.selection?.anchor.path.slice(0, 1)).toEqual([at]);
  });

  it('inserts a new paragraph of the passage’s kind after the caret’s', () => {
    const editor = createHeadlessEditor(body());
    const at = editor.children.findIndex((n) => 'id' in n && n.id === 'p1');
    insertAgreedParagraph(editor, [at], passage);
    const inserted = editor.children[at + 1] as { type: string; source?: { ref: string } };
    expect(inserted.type).toBe('preambular-paragraph');
    expect(inserted.source?.ref).toBe('A/RES/78/187 PP21');
  });
});
