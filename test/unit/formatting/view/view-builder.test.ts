import fc from 'fast-check';
import { Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import { buildView, type DocView } from '../../../../shared/formatting/view/doc-view';
import { createViewBuilder } from '../../../../shared/formatting/view/view-builder';
import { createHeadlessEditor } from '../../../../shared/model/headless';
import { applyEdit, randomEdit } from '../random-edits';
import { importShared } from '../seed-docs';

describe('createViewBuilder', () => {
  // 000 has sub-paragraphs and footnotes, 003 an embedded resolution
  it.each(['000_927ae4f0917091cd.txt', '003_3168e06af5b9614a.txt'])('derives from its last view what a full build of %s gives', (name) => {
    const file = importShared(`seeds/${name}`);
    let patched = 0;
    fc.assert(
      fc.property(fc.array(randomEdit, { minLength: 1, maxLength: 15 }), (edits) => {
        const editor = createHeadlessEditor(structuredClone(file.body));
        Editor.normalize(editor, { force: true });
        const viewOf = createViewBuilder();
        let last: DocView = viewOf(editor.children, file.settings, null);
        for (const edit of edits) {
          applyEdit(editor, edit);
          const view = viewOf(editor.children, file.settings, null);
          expect(view).toEqual(buildView(editor.children, file.settings, null));
          // a derived view keeps the last view's id index; a full build makes its own
          if (view.byId.indexes === last.byId.indexes) patched += 1;
          last = view;
        }
      }),
      { numRuns: 30 },
    );
    // the property covered the derived path, not only full builds
    expect(patched).toBeGreaterThan(20);
  });

  it('returns the same view for the same value and builds afresh for other settings', () => {
    const file = importShared('seeds/001_48a48206d42da546.txt');
    const viewOf = createViewBuilder();
    const first = viewOf(file.body, file.settings, null);
    expect(viewOf(file.body, file.settings, null)).toBe(first);
    const other = viewOf(file.body, { ...file.settings, ibidStyle: 'roman' }, null);
    expect(other).not.toBe(first);
    expect(other.byId.indexes).not.toBe(first.byId.indexes);
  });
});
