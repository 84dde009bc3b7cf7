import { Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '../../../shared/model/headless';
import { withAgreedText } from '../../../renderer/editor/plugins/with-agreed-text';
import { doc, pp } from '../../support/nodes';

describe('provenance through edits (renderer plugin withAgreedText)', () => {
  it('stays with the agreed paragraph when it is split; the new half is new text', () => {
    const agreed = { ...pp('p1', 'Recalling', ' its resolution 78/187,'), source: { ref: 'A/RES/78/187 PP2', symbol: 'A/RES/78/187', paragraph: 'PP2', body: 'General Assembly', date: '2023-12-19', text: 'Recalling its resolution 78/187,' } };
    const editor = withAgreedText(createHeadlessEditor(doc(agreed)));
    const at = editor.children.findIndex((n) => 'id' in n && n.id === 'p1');
    Transforms.splitNodes(editor, { at: { path: [at, 1], offset: 4 } });
    expect(editor.children[at]).toHaveProperty('source.ref', 'A/RES/78/187 PP2');
    expect(editor.children[at + 1]).not.toHaveProperty('source');
  });
});
