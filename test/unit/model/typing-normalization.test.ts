import fc from 'fast-check';
import { Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import { createHeadlessEditor, normalizeValue } from '../../../shared/model/headless';
import { applyEdit, randomEdit, spoil } from '../formatting/random-edits';
import { importShared } from '../formatting/seed-docs';

/**
 * with-resolution.ts marks only the leaf and its block dirty for a text operation. Whatever a delegate types,
 * deletes or restructures, the value Slate normalizes that way must be the value a full normalization gives.
 */
describe('normalizing after typing', () => {
  it.each(['000_927ae4f0917091cd.txt', '003_3168e06af5b9614a.txt'])('%s: every random edit leaves nothing for a full normalization to fix', (name) => {
    const file = importShared(`seeds/${name}`);
    fc.assert(
      fc.property(fc.boolean(), fc.array(randomEdit, { minLength: 1, maxLength: 12 }), (spoiled, edits) => {
        const editor = createHeadlessEditor(structuredClone(file.body));
        Editor.normalize(editor, { force: true });
        if (spoiled) spoil(editor);
        for (const edit of edits) {
          applyEdit(editor, edit);
          expect(editor.children).toEqual(normalizeValue(editor.children));
        }
      }),
      { numRuns: 25 },
    );
  });
});
