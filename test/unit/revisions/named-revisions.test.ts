import { describe, expect, it } from 'vitest';
import { makeFile } from '../../../shared/model/read-file';
import { parsePenholderFile, serializePenholderFile } from '../../../shared/model/read-file';
import {
  currentRevision,
  labelFromSymbol,
  restoreRevision,
  saveRevision,
  suggestRevisionLabel,
  updateRevision,
} from '../../../shared/revisions/named-revisions';
import { doc, op } from '../../support/nodes';

const DATE = '2026-03-02T10:00:00Z';

describe('named revisions', () => {
  const zeroDraft = makeFile(doc(op('o1', 'Urges', ' Member States to act;')));
  const { file: saved, revision: zero } = saveRevision(zeroDraft, { label: 'zero draft', date: DATE, note: 'circulated to the core group' });
  const edited = { ...saved, body: doc(op('o1', 'Urges', ' all Member States to act;')) };

  it('stores a snapshot with label, date and note that later edits do not touch', () => {
    expect(saved.revisions).toHaveLength(1);
    expect(zero).toMatchObject({ label: 'zero draft', symbol: null, date: DATE, note: 'circulated to the core group' });
    expect(zero.body).toEqual(zeroDraft.body);
    expect(zero.body).not.toBe(zeroDraft.body);
    expect(currentRevision(saved)?.id).toBe(zero.id);
    expect(currentRevision(edited)).toBeUndefined();
  });

  it('survives the file round trip', () => {
    const parsed = parsePenholderFile(serializePenholderFile(edited));
    expect(parsed.ok && parsed.file.revisions.map((r) => [r.label, r.note])).toEqual([['zero draft', 'circulated to the core group']]);
  });

  it('never loses the current text when restoring: unsaved work becomes a revision first', () => {
    const { file: restored, saved: kept } = restoreRevision(edited, zero.id, DATE);
    expect(restored.body).toEqual(zero.body);
    expect(kept?.label).toBe('Before restoring zero draft');
    expect(kept?.body).toEqual(edited.body);
    // Restoring again from a stored text adds nothing.
    expect(restoreRevision(restored, kept!.id, DATE).saved).toBeNull();
    expect(restoreRevision(restored, kept!.id, DATE).file.body).toEqual(edited.body);
  });

  it('leaves the file alone for an unknown revision id', () => {
    expect(restoreRevision(edited, 'nope', DATE)).toEqual({ file: edited, saved: null });
  });

  it('renames a revision and changes its note without touching its text', () => {
    const renamed = updateRevision(saved, zero.id, { label: 'Rev.1', note: 'as read on 2 March' });
    expect(renamed.revisions[0]).toMatchObject({ label: 'Rev.1', note: 'as read on 2 March', body: zero.body });
  });
});

describe('revision labels', () => {
  it.each([
    [[], 'zero draft'],
    [['zero draft'], 'Rev.1'],
    [['zero draft', 'Rev.1'], 'Rev.2'],
    [['zero draft', 'Rev.1', 'Rev.2', 'as orally revised'], 'Rev.3'],
    [['Rev.3', 'L.3'], 'L.3/Rev.1'],
    [['L.3', 'L.3/Rev.1'], 'L.3/Rev.2'],
  ])('after %j suggests %s', (labels, expected) => {
    expect(suggestRevisionLabel(labels.map((label) => ({ label })))).toBe(expected);
  });

  it.each([
    ['E/CN.15/2019/L.3/Rev.1', 'L.3/Rev.1'],
    ['A/C.3/77/L.14', 'L.14'],
    ['A/RES/74/174', null],
    [null, null],
  ])('%s → %s', (symbol, label) => {
    expect(labelFromSymbol(symbol)).toBe(label);
  });
});
