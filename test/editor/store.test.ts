import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../renderer/state/store';
import { defaultSettings } from '../../shared/model/settings';

const initial = useAppStore.getState();

describe('app store', () => {
  beforeEach(() => useAppStore.setState(initial, true));

  it('counts edits, so autosave and save can tell what is new', () => {
    const s = useAppStore.getState();
    const start = s.editCount;
    s.markDirty();
    s.markDirty();
    expect(useAppStore.getState()).toMatchObject({ dirty: true, editCount: start + 2 });
    s.markSaved('/docs/a.penholder.json');
    expect(useAppStore.getState()).toMatchObject({ dirty: false, path: '/docs/a.penholder.json', editCount: start + 2 });
  });

  it('a loaded document replaces path, metadata and dirty flag together', () => {
    const meta = { ...useAppStore.getState().meta, settings: { ...defaultSettings(), numberLayout: 'hanging' as const } };
    useAppStore.getState().markDirty();
    useAppStore.getState().documentLoaded('/docs/b.penholder.json', meta, false);
    expect(useAppStore.getState()).toMatchObject({ path: '/docs/b.penholder.json', dirty: false, meta });
  });

  it('changing file metadata (settings, notes) is an unsaved change', () => {
    useAppStore.getState().setMeta({ notes: ['imported from 000'] });
    expect(useAppStore.getState()).toMatchObject({ dirty: true, meta: { notes: ['imported from 000'] } });
  });

  it('toggles side panels by id, in the order opened', () => {
    const s = useAppStore.getState();
    s.togglePanel('footnotes');
    s.togglePanel('diagnostics');
    s.togglePanel('footnotes');
    s.showPanel('diagnostics');
    expect(useAppStore.getState().openPanels).toEqual(['diagnostics']);
  });
});
